-- KinerjaFlow schema, part 4: drafts of task forms whose feature keeps no draft of its own (peer
-- feedback, supervisor review, appeals, calibration). One per task and user, saved as JSON, gone
-- when the task ends. Agreement and self-review keep their drafts in their own tables.

create table task_draft (
    task_id  varchar(64)     not null,
    owner    varchar(60)     not null,
    payload  varchar(200000) not null,
    saved_at timestamp       not null,
    version  bigint          not null,
    primary key (task_id, owner)
);
