create table access_log (
    id uuid primary key,
    occurred_at timestamp with time zone not null,
    username varchar(100) not null,
    action varchar(30) not null,
    subject_id uuid,
    what varchar(500),
    client_address varchar(100)
);
create index access_log_subject on access_log (subject_id, occurred_at);
create index access_log_user on access_log (username, occurred_at);
comment on table access_log is 'Who saw which record: every view and every search that showed a child';
comment on column access_log.id is 'Identifier [Sensitivity: NONE]';
comment on column access_log.occurred_at is 'When [Sensitivity: NONE]';
comment on column access_log.username is 'Who [Sensitivity: PERSONAL]';
comment on column access_log.action is 'Viewed, searched, shown in a search, refused, broke the glass, exported [Sensitivity: NONE]';
comment on column access_log.subject_id is 'The child or person [Sensitivity: PERSONAL]';
comment on column access_log.what is 'Which page or section, the search terms, or the break-glass reason [Sensitivity: PERSONAL]';
comment on column access_log.client_address is 'Where from [Sensitivity: PERSONAL]';

create table change_log (
    id uuid primary key,
    occurred_at timestamp with time zone not null,
    username varchar(100) not null,
    entity_type varchar(60) not null,
    entity_id uuid not null,
    entity_version bigint not null,
    change_kind varchar(20) not null
);
create index change_log_entity on change_log (entity_type, entity_id, entity_version);
comment on table change_log is 'What changed: one row per insert or update of a record that keeps history';
comment on column change_log.id is 'Identifier [Sensitivity: NONE]';
comment on column change_log.occurred_at is 'When [Sensitivity: NONE]';
comment on column change_log.username is 'Who [Sensitivity: PERSONAL]';
comment on column change_log.entity_type is 'Kind of record [Sensitivity: NONE]';
comment on column change_log.entity_id is 'Which record [Sensitivity: NONE]';
comment on column change_log.entity_version is 'The record version this change produced [Sensitivity: NONE]';
comment on column change_log.change_kind is 'Created, updated or voided [Sensitivity: NONE]';

create table change_log_field (
    change_id uuid not null references change_log (id),
    position int not null,
    field varchar(100) not null,
    before_value varchar(2000),
    after_value varchar(2000),
    primary key (change_id, position)
);
comment on table change_log_field is 'Each field a change touched, before and after';
comment on column change_log_field.change_id is 'The change [Sensitivity: NONE]';
comment on column change_log_field.position is 'Order within the change [Sensitivity: NONE]';
comment on column change_log_field.field is 'Field name [Sensitivity: NONE]';
comment on column change_log_field.before_value is 'Value before [Sensitivity: SPECIAL-CATEGORY]';
comment on column change_log_field.after_value is 'Value after [Sensitivity: SPECIAL-CATEGORY]';
