create table work_period (
    id uuid primary key,
    child_id uuid not null,
    kind varchar(30) not null,
    source_id uuid,
    from_date date not null,
    to_date date,
    version bigint not null default 0
);
create index work_period_child on work_period (child_id, to_date);
comment on table work_period is 'The kinds of work a child needs over time (child in need, protection, in care, court, care leaver, early help), kept from the other contexts'' events';
comment on column work_period.id is 'Identifier [Sensitivity: NONE]';
comment on column work_period.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column work_period.kind is 'Kind of work: EARLY_HELP, CHILD_IN_NEED, CHILD_PROTECTION, LOOKED_AFTER, COURT or CARE_LEAVER [Sensitivity: PERSONAL]';
comment on column work_period.source_id is 'The episode, plan, period of care or proceedings it came from [Sensitivity: NONE]';
comment on column work_period.from_date is 'From [Sensitivity: PERSONAL]';
comment on column work_period.to_date is 'Until (null while current) [Sensitivity: PERSONAL]';
comment on column work_period.version is 'Optimistic lock [Sensitivity: NONE]';

create table caseload_setting (
    setting_key varchar(60) primary key,
    amount numeric(6,2) not null,
    changed_by varchar(100) not null,
    changed_at timestamp with time zone not null,
    version bigint not null default 0
);
comment on table caseload_setting is 'Caseload weights by kind of work and thresholds by role, as the administrator set them (defaults apply when absent)';
comment on column caseload_setting.setting_key is 'weight.<kind> or threshold.<role> [Sensitivity: NONE]';
comment on column caseload_setting.amount is 'The weight of one child, or the weighted caseload a worker should not pass [Sensitivity: NONE]';
comment on column caseload_setting.changed_by is 'Who last changed it [Sensitivity: PERSONAL]';
comment on column caseload_setting.changed_at is 'When [Sensitivity: NONE]';
comment on column caseload_setting.version is 'Optimistic lock [Sensitivity: NONE]';

create table caseload_setting_change (
    id uuid primary key,
    setting_key varchar(60) not null,
    before_amount numeric(6,2) not null,
    after_amount numeric(6,2) not null,
    changed_by varchar(100) not null,
    changed_at timestamp with time zone not null,
    version bigint not null default 0
);
create index caseload_setting_change_key on caseload_setting_change (setting_key, changed_at);
comment on table caseload_setting_change is 'Every change to a caseload weight or threshold: never changed or deleted';
comment on column caseload_setting_change.id is 'Identifier [Sensitivity: NONE]';
comment on column caseload_setting_change.setting_key is 'Which setting [Sensitivity: NONE]';
comment on column caseload_setting_change.before_amount is 'Value before [Sensitivity: NONE]';
comment on column caseload_setting_change.after_amount is 'Value after [Sensitivity: NONE]';
comment on column caseload_setting_change.changed_by is 'Who changed it [Sensitivity: PERSONAL]';
comment on column caseload_setting_change.changed_at is 'When [Sensitivity: NONE]';
comment on column caseload_setting_change.version is 'Optimistic lock [Sensitivity: NONE]';

create table caseload_snapshot (
    id uuid primary key,
    snapshot_month date not null,
    team_id uuid not null,
    worker_username varchar(100),
    children integer not null,
    weighted numeric(8,2) not null,
    taken_at timestamp with time zone not null,
    version bigint not null default 0
);
create index caseload_snapshot_month on caseload_snapshot (snapshot_month, team_id);
comment on table caseload_snapshot is 'Caseloads month by month: one row per worker and one per team (worker null), taken at the month end or on demand';
comment on column caseload_snapshot.id is 'Identifier [Sensitivity: NONE]';
comment on column caseload_snapshot.snapshot_month is 'First day of the month the snapshot describes [Sensitivity: NONE]';
comment on column caseload_snapshot.team_id is 'The team [Sensitivity: NONE]';
comment on column caseload_snapshot.worker_username is 'The worker, or null for the team as a whole [Sensitivity: PERSONAL]';
comment on column caseload_snapshot.children is 'Children allocated [Sensitivity: NONE]';
comment on column caseload_snapshot.weighted is 'Weighted caseload [Sensitivity: NONE]';
comment on column caseload_snapshot.taken_at is 'When the snapshot was taken [Sensitivity: NONE]';
comment on column caseload_snapshot.version is 'Optimistic lock [Sensitivity: NONE]';
