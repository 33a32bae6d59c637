-- KinerjaFlow domain schema, part 3: the inbox read model. One row per open user task and per
-- principal who sees it: 'user:<name>' for a personal task, 'group:<role>' per candidate group
-- (whoever claims a group task is a member, so sees it through the group). Kept in step with the
-- engine by a task listener in the same transaction, so that a page of a user's inbox is one index
-- range scan: no query per row, no filtering on process variables in the engine.

create table inbox_entry (
    task_id             varchar(64)  not null,
    principal           varchar(80)  not null,
    process_instance_id varchar(64)  not null,
    process_key         varchar(100) not null,
    task_key            varchar(100) not null,
    task_name           varchar(255),
    appraisal_id        bigint,
    calibration_id      bigint,
    cycle_id            bigint,
    assignee            varchar(60),
    created_at          timestamp    not null,
    due_at              timestamp,
    -- due_at, or far in the future when there is none: the sort key, undated tasks last
    due_sort            timestamp    not null,
    primary key (task_id, principal)
);
create index ix_inbox_page on inbox_entry (principal, due_sort, created_at, task_id);
create index ix_inbox_task on inbox_entry (task_id);
create index ix_inbox_appraisal on inbox_entry (appraisal_id);
