create table dq_run (
    id uuid primary key,
    taken_on date not null,
    taken_at timestamp with time zone not null,
    taken_by varchar(100) not null
);
comment on table dq_run is 'One data quality check of the live data against the DfE return rules, nightly or on demand';
comment on column dq_run.id is 'Identifier [Sensitivity: NONE]';
comment on column dq_run.taken_on is 'The day the check counts for [Sensitivity: NONE]';
comment on column dq_run.taken_at is 'When the check ran [Sensitivity: NONE]';
comment on column dq_run.taken_by is 'Username of who asked for it, or system for the nightly check [Sensitivity: PERSONAL]';
create table dq_count (
    id uuid primary key,
    run_id uuid not null references dq_run (id),
    rule varchar(20) not null,
    team_id uuid,
    team_name varchar(200),
    findings integer not null
);
comment on table dq_count is 'How many findings of one DfE rule one check found among one team''s children';
comment on column dq_count.id is 'Identifier [Sensitivity: NONE]';
comment on column dq_count.run_id is 'The check [Sensitivity: NONE]';
comment on column dq_count.rule is 'The DfE rule code, e.g. 8869 or 8825Q [Sensitivity: NONE]';
comment on column dq_count.team_id is 'The children''s current team; empty for children not allocated and for the whole return [Sensitivity: NONE]';
comment on column dq_count.team_name is 'The team''s name when counted [Sensitivity: NONE]';
comment on column dq_count.findings is 'How many findings [Sensitivity: NONE]';
create index dq_count_run on dq_count (run_id);
create index dq_run_on on dq_run (taken_on);
