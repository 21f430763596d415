create table care_health_period (
    id uuid primary key,
    child_id uuid not null,
    start_date date not null,
    end_date date,
    placed_with varchar(200),
    placed_on date,
    seen_at timestamp with time zone not null,
    version bigint not null default 0
);
create index care_health_period_child on care_health_period (child_id, start_date);
comment on table care_health_period is 'Periods of care as health and education hears of them from children in care';
comment on column care_health_period.id is 'The period of care (children in care period id) [Sensitivity: NONE]';
comment on column care_health_period.child_id is 'The looked after child [Sensitivity: PERSONAL]';
comment on column care_health_period.start_date is 'Date the child became looked after [Sensitivity: PERSONAL]';
comment on column care_health_period.end_date is 'Date the child ceased to be looked after, if they have [Sensitivity: PERSONAL]';
comment on column care_health_period.placed_with is 'Carer or home of the current placement [Sensitivity: PERSONAL]';
comment on column care_health_period.placed_on is 'Start of the current placement [Sensitivity: PERSONAL]';
comment on column care_health_period.seen_at is 'When this context heard of the period [Sensitivity: NONE]';
comment on column care_health_period.version is 'Optimistic lock [Sensitivity: NONE]';

create table care_health_entry (
    id uuid primary key,
    child_id uuid not null,
    kind varchar(40) not null,
    entry_date date not null,
    by_whom varchar(200) not null,
    score integer,
    outcome varchar(20),
    detail varchar(2000),
    intervention_offered boolean,
    intervention_received boolean,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null,
    void_reason varchar(500),
    version bigint not null default 0
);
create index care_health_entry_child on care_health_entry (child_id, entry_date);
comment on table care_health_entry is 'Health, education and advocacy records of looked after children (SSDA903 OC2 source)';
comment on column care_health_entry.id is 'Identifier [Sensitivity: NONE]';
comment on column care_health_entry.child_id is 'The looked after child [Sensitivity: PERSONAL]';
comment on column care_health_entry.kind is 'What the record is: health assessment, dental check, SDQ, PEP, school change, advocate... [Sensitivity: SPECIAL-CATEGORY]';
comment on column care_health_entry.entry_date is 'When it happened [Sensitivity: PERSONAL]';
comment on column care_health_entry.by_whom is 'The practitioner, school or service that did it [Sensitivity: PERSONAL]';
comment on column care_health_entry.score is 'SDQ total difficulties score 0-40 (SSDA903 SDQ_SCORE) [Sensitivity: SPECIAL-CATEGORY]';
comment on column care_health_entry.outcome is 'Outcome: immunisations up to date, substance misuse identified, advocate offered/accepted/declined/matched [Sensitivity: SPECIAL-CATEGORY]';
comment on column care_health_entry.detail is 'The school, or the note on attendance or an exclusion [Sensitivity: PERSONAL]';
comment on column care_health_entry.intervention_offered is 'Substance misuse intervention offered (SSDA903 INTERVENTION_OFFERED) [Sensitivity: SPECIAL-CATEGORY]';
comment on column care_health_entry.intervention_received is 'Substance misuse intervention received (SSDA903 INTERVENTION_RECEIVED) [Sensitivity: SPECIAL-CATEGORY]';
comment on column care_health_entry.recorded_by is 'Username of who recorded it [Sensitivity: PERSONAL]';
comment on column care_health_entry.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column care_health_entry.voided is 'Voided as recorded in error [Sensitivity: NONE]';
comment on column care_health_entry.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column care_health_entry.version is 'Optimistic lock [Sensitivity: NONE]';
