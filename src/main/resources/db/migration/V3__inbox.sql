-- KinerjaFlow domain schema, part 3: the inbox read model. One row per open user task, kept in step
-- with the engine by a task listener in the same transaction, so that a user's inbox page is one
-- indexed query (no query per row, no filtering on process variables in the engine).

create table inbox_entry (
    task_id             varchar(64)  primary key,
    process_instance_id varchar(64)  not null,
    process_key         varchar(100) not null,
    task_key            varchar(100) not null,
    task_name           varchar(255),
    appraisal_id        bigint,
    calibration_id      bigint,
    cycle_id            bigint,
    assignee            varchar(60),
    created_at          timestamp    not null,
    due_at              timestamp
);
create index ix_inbox_assignee on inbox_entry (assignee, due_at);
create index ix_inbox_cycle on inbox_entry (cycle_id, task_key);
create index ix_inbox_appraisal on inbox_entry (appraisal_id);

-- who sees the task: 'user:<name>' for the assignee, 'group:<role>' per candidate group. "My inbox"
-- is then one index lookup on principal, whatever the number of open tasks.
create table inbox_audience (
    task_id     varchar(64) not null references inbox_entry (task_id) on delete cascade,
    principal   varchar(80) not null,
    primary key (task_id, principal)
);
create index ix_inbox_audience on inbox_audience (principal, task_id);
