create table chronology_entry (
    id uuid primary key,
    child_id uuid not null,
    occurred_on date not null,
    occurred_at timestamp with time zone,
    category varchar(30) not null,
    summary varchar(4000) not null,
    source varchar(200) not null,
    origin varchar(20) not null,
    event_ref varchar(200),
    link varchar(300),
    group_id uuid,
    significant boolean not null,
    analysis varchar(4000),
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    voided_by varchar(100),
    voided_at timestamp with time zone,
    version bigint not null default 0
);
create index chronology_entry_child on chronology_entry (child_id, occurred_on);
create index chronology_entry_event on chronology_entry (child_id, event_ref);
create index chronology_entry_group on chronology_entry (group_id);
comment on table chronology_entry is 'A child''s chronology: significant events recorded automatically from every context, and entries workers add';
comment on column chronology_entry.id is 'Identifier [Sensitivity: NONE]';
comment on column chronology_entry.child_id is 'The child whose chronology the entry is on [Sensitivity: PERSONAL]';
comment on column chronology_entry.occurred_on is 'The date the event itself happened (not when it was recorded) [Sensitivity: PERSONAL]';
comment on column chronology_entry.occurred_at is 'The time it happened, when the event has one; orders entries within a day [Sensitivity: PERSONAL]';
comment on column chronology_entry.category is 'Kind of event: front door, assessment, child protection, court, other agency, family history... [Sensitivity: NONE]';
comment on column chronology_entry.summary is 'What happened, in plain language [Sensitivity: SPECIAL-CATEGORY]';
comment on column chronology_entry.source is 'Where the information came from (Hearth itself, or the agency or person a worker names) [Sensitivity: PERSONAL]';
comment on column chronology_entry.origin is 'Recorded automatically from an event, or added by a worker [Sensitivity: NONE]';
comment on column chronology_entry.event_ref is 'The event that made the entry (type and record id), so an event is entered once [Sensitivity: NONE]';
comment on column chronology_entry.link is 'The page in the owning context that holds the full record [Sensitivity: NONE]';
comment on column chronology_entry.group_id is 'Entries about siblings that share one event (e.g. a contact recorded together) share this id [Sensitivity: NONE]';
comment on column chronology_entry.significant is 'Whether the event is significant for the child (shown in the significant events view) [Sensitivity: NONE]';
comment on column chronology_entry.analysis is 'The worker''s analysis of a significant event: its impact on the child [Sensitivity: SPECIAL-CATEGORY]';
comment on column chronology_entry.recorded_by is 'Who recorded the entry, or system [Sensitivity: PERSONAL]';
comment on column chronology_entry.recorded_at is 'When the entry was recorded [Sensitivity: NONE]';
comment on column chronology_entry.voided is 'Recorded in error; kept, never deleted [Sensitivity: NONE]';
comment on column chronology_entry.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column chronology_entry.voided_by is 'Who voided it [Sensitivity: PERSONAL]';
comment on column chronology_entry.voided_at is 'When it was voided [Sensitivity: NONE]';
comment on column chronology_entry.version is 'Optimistic lock [Sensitivity: NONE]';
