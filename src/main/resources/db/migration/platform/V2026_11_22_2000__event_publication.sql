-- Spring Modulith's event publication registry (schema v2): events between contexts are stored in the
-- same transaction as the change that raised them, and retried until every listener has completed.
create table event_publication (
    id uuid not null primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event varchar(100000) not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status varchar(20),
    completion_attempts int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
comment on table event_publication is 'Events between contexts awaiting or having completed delivery';
comment on column event_publication.id is 'Identifier [Sensitivity: NONE]';
comment on column event_publication.listener_id is 'The listener [Sensitivity: NONE]';
comment on column event_publication.event_type is 'The event class [Sensitivity: NONE]';
comment on column event_publication.serialized_event is 'The event as JSON [Sensitivity: SPECIAL-CATEGORY]';
comment on column event_publication.publication_date is 'When published [Sensitivity: NONE]';
comment on column event_publication.completion_date is 'When the listener completed [Sensitivity: NONE]';
comment on column event_publication.status is 'Delivery status [Sensitivity: NONE]';
comment on column event_publication.completion_attempts is 'Attempts so far [Sensitivity: NONE]';
comment on column event_publication.last_resubmission_date is 'Last retry [Sensitivity: NONE]';

create table user_notification (
    id uuid primary key,
    username varchar(100) not null,
    created_at timestamp with time zone not null,
    subject_id uuid,
    message_key varchar(100) not null,
    detail varchar(2000),
    link varchar(500),
    read_at timestamp with time zone
);
create index user_notification_user on user_notification (username, read_at);
comment on table user_notification is 'Alerts shown to a user in Hearth';
comment on column user_notification.id is 'Identifier [Sensitivity: NONE]';
comment on column user_notification.username is 'Who is alerted [Sensitivity: PERSONAL]';
comment on column user_notification.created_at is 'When [Sensitivity: NONE]';
comment on column user_notification.subject_id is 'The child it concerns, if any [Sensitivity: PERSONAL]';
comment on column user_notification.message_key is 'Wording key in the message bundles [Sensitivity: NONE]';
comment on column user_notification.detail is 'Detail shown with it [Sensitivity: PERSONAL]';
comment on column user_notification.link is 'Where to act on it [Sensitivity: NONE]';
comment on column user_notification.read_at is 'When the user read it [Sensitivity: NONE]';

create table form_draft (
    username varchar(100) not null,
    form_key varchar(200) not null,
    saved_at timestamp with time zone not null,
    content varchar(200000) not null,
    primary key (username, form_key)
);
comment on table form_draft is 'Typed work saved as the user types, so a timeout loses nothing';
comment on column form_draft.username is 'Whose draft [Sensitivity: PERSONAL]';
comment on column form_draft.form_key is 'Which form (page path) [Sensitivity: NONE]';
comment on column form_draft.saved_at is 'When last saved [Sensitivity: NONE]';
comment on column form_draft.content is 'The form fields as typed [Sensitivity: SPECIAL-CATEGORY]';
