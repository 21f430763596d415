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

