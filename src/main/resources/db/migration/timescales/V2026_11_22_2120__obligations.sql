create table obligation (
    id uuid primary key,
    subject_id uuid not null,
    rule_id varchar(80) not null,
    deadline_amount int not null,
    deadline_unit varchar(20) not null,
    calendar varchar(20) not null,
    started_at timestamp with time zone not null,
    start_event varchar(500) not null,
    due_date date not null,
    due_soon_from timestamp with time zone not null,
    overdue_from timestamp with time zone not null,
    responsible varchar(100),
    state varchar(20) not null,
    is_open boolean not null,
    met_at timestamp with time zone,
    met_event varchar(500),
    days_late int,
    delay_reason varchar(1000),
    delay_reason_by varchar(100),
    delay_reason_at timestamp with time zone,
    previous_id uuid,
    voided boolean not null default false,
    void_reason varchar(500),
    created_by varchar(100) not null,
    created_at timestamp with time zone not null,
    version bigint not null default 0
);
create index obligation_open_by_subject on obligation (subject_id, is_open, due_date);
create index obligation_open_by_responsible on obligation (responsible, is_open, due_date);
comment on table obligation is 'Something that must happen for a child by a deadline under a timescale rule';
comment on column obligation.id is 'Identifier [Sensitivity: NONE]';
comment on column obligation.subject_id is 'The child [Sensitivity: PERSONAL]';
comment on column obligation.rule_id is 'The timescale rule, e.g. assessment-45-working-days [Sensitivity: NONE]';
comment on column obligation.deadline_amount is 'The deadline amount in force when opened [Sensitivity: NONE]';
comment on column obligation.deadline_unit is 'The deadline unit in force when opened [Sensitivity: NONE]';
comment on column obligation.calendar is 'The working-day calendar counted in [Sensitivity: NONE]';
comment on column obligation.started_at is 'When the clock started [Sensitivity: NONE]';
comment on column obligation.start_event is 'What started the clock, e.g. Referral received [Sensitivity: PERSONAL]';
comment on column obligation.due_date is 'The due date: met on or before it is on time [Sensitivity: NONE]';
comment on column obligation.due_soon_from is 'From this instant it is due soon (5 working days before) [Sensitivity: NONE]';
comment on column obligation.overdue_from is 'From this instant it is overdue [Sensitivity: NONE]';
comment on column obligation.responsible is 'Username or team id responsible for it [Sensitivity: PERSONAL]';
comment on column obligation.state is 'State at the last recompute: UPCOMING, DUE_SOON, OVERDUE, MET_ON_TIME, MET_LATE, VOIDED [Sensitivity: NONE]';
comment on column obligation.is_open is 'True until met or voided [Sensitivity: NONE]';
comment on column obligation.met_at is 'When the work that satisfied it was done [Sensitivity: NONE]';
comment on column obligation.met_event is 'What satisfied it [Sensitivity: PERSONAL]';
comment on column obligation.days_late is 'Calendar days after the due date it was met [Sensitivity: NONE]';
comment on column obligation.delay_reason is 'Why it was late [Sensitivity: SPECIAL-CATEGORY]';
comment on column obligation.delay_reason_by is 'Who recorded the reason for delay [Sensitivity: PERSONAL]';
comment on column obligation.delay_reason_at is 'When the reason for delay was recorded [Sensitivity: NONE]';
comment on column obligation.previous_id is 'The obligation whose satisfying event started this one [Sensitivity: NONE]';
comment on column obligation.voided is 'True once voided (never deleted) [Sensitivity: NONE]';
comment on column obligation.void_reason is 'Why it was voided, or the event that restarted its clock [Sensitivity: PERSONAL]';
comment on column obligation.created_by is 'Who or what opened it [Sensitivity: PERSONAL]';
comment on column obligation.created_at is 'When it was opened [Sensitivity: NONE]';
comment on column obligation.version is 'Optimistic lock [Sensitivity: NONE]';
