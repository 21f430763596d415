create table recording_note (
    id uuid primary key,
    child_id uuid not null,
    note_type varchar(30) not null,
    occurred_at timestamp with time zone not null,
    significant boolean not null,
    body varchar(20000) not null,
    alert_users varchar(2000),
    status varchar(10) not null,
    created_by varchar(100) not null,
    created_at timestamp with time zone not null,
    finalised_by varchar(100),
    finalised_at timestamp with time zone,
    voided boolean not null,
    void_reason varchar(2000),
    voided_by varchar(100),
    voided_at timestamp with time zone,
    version bigint not null default 0
);
create index recording_note_child on recording_note (child_id, occurred_at);
comment on table recording_note is 'Case notes on a child''s record: drafts until finalised, then never edited';
comment on column recording_note.id is 'Identifier [Sensitivity: NONE]';
comment on column recording_note.child_id is 'The child the note is about [Sensitivity: PERSONAL]';
comment on column recording_note.note_type is 'Home visit, office visit, telephone call... [Sensitivity: NONE]';
comment on column recording_note.occurred_at is 'When the event recorded happened (not when it was typed) [Sensitivity: PERSONAL]';
comment on column recording_note.significant is 'A significant event for the child''s chronology [Sensitivity: PERSONAL]';
comment on column recording_note.body is 'What happened, in the worker''s words [Sensitivity: SPECIAL-CATEGORY]';
comment on column recording_note.alert_users is 'Usernames alerted when the note was finalised, comma separated [Sensitivity: NONE]';
comment on column recording_note.status is 'Draft or final [Sensitivity: NONE]';
comment on column recording_note.created_by is 'Who started the note [Sensitivity: NONE]';
comment on column recording_note.created_at is 'When the note was started [Sensitivity: NONE]';
comment on column recording_note.finalised_by is 'Who finalised the note [Sensitivity: NONE]';
comment on column recording_note.finalised_at is 'When the note was finalised [Sensitivity: NONE]';
comment on column recording_note.voided is 'Recorded in error and voided (never deleted) [Sensitivity: NONE]';
comment on column recording_note.void_reason is 'Why the note was voided [Sensitivity: PERSONAL]';
comment on column recording_note.voided_by is 'Who voided it [Sensitivity: NONE]';
comment on column recording_note.voided_at is 'When it was voided [Sensitivity: NONE]';
comment on column recording_note.version is 'Optimistic lock [Sensitivity: NONE]';

create table recording_addendum (
    id uuid primary key,
    note_id uuid not null references recording_note (id),
    reason varchar(2000) not null,
    body varchar(20000) not null,
    added_by varchar(100) not null,
    added_at timestamp with time zone not null,
    version bigint not null default 0
);
create index recording_addendum_note on recording_addendum (note_id, added_at);
comment on table recording_addendum is 'Additions to a finalised case note, with why they were added';
comment on column recording_addendum.id is 'Identifier [Sensitivity: NONE]';
comment on column recording_addendum.note_id is 'The finalised note [Sensitivity: NONE]';
comment on column recording_addendum.reason is 'Why the addendum was needed [Sensitivity: PERSONAL]';
comment on column recording_addendum.body is 'What is added [Sensitivity: SPECIAL-CATEGORY]';
comment on column recording_addendum.added_by is 'Who added it [Sensitivity: NONE]';
comment on column recording_addendum.added_at is 'When it was added [Sensitivity: NONE]';
comment on column recording_addendum.version is 'Optimistic lock [Sensitivity: NONE]';

create table recording_document (
    id uuid primary key,
    child_id uuid not null,
    document_type varchar(30) not null,
    document_date date not null,
    title varchar(200) not null,
    description varchar(2000),
    significant boolean not null,
    file_name varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes bigint not null,
    plain_text varchar(200000),
    uploaded_by varchar(100) not null,
    uploaded_at timestamp with time zone not null,
    voided boolean not null,
    void_reason varchar(2000),
    voided_by varchar(100),
    voided_at timestamp with time zone,
    version bigint not null default 0
);
create index recording_document_child on recording_document (child_id, document_date);
comment on table recording_document is 'Documents on a child''s record (reports, letters, court documents...)';
comment on column recording_document.id is 'Identifier [Sensitivity: NONE]';
comment on column recording_document.child_id is 'The child the document is about [Sensitivity: PERSONAL]';
comment on column recording_document.document_type is 'Report, letter, court document... [Sensitivity: NONE]';
comment on column recording_document.document_date is 'The date of the document [Sensitivity: PERSONAL]';
comment on column recording_document.title is 'Title [Sensitivity: PERSONAL]';
comment on column recording_document.description is 'What the document is [Sensitivity: PERSONAL]';
comment on column recording_document.significant is 'Significant for the child''s chronology [Sensitivity: PERSONAL]';
comment on column recording_document.file_name is 'The uploaded file''s name, made safe [Sensitivity: PERSONAL]';
comment on column recording_document.content_type is 'The checked type of the file [Sensitivity: NONE]';
comment on column recording_document.size_bytes is 'Size of the file [Sensitivity: NONE]';
comment on column recording_document.plain_text is 'Text of a plain-text document, for searching the record [Sensitivity: SPECIAL-CATEGORY]';
comment on column recording_document.uploaded_by is 'Who uploaded it [Sensitivity: NONE]';
comment on column recording_document.uploaded_at is 'When it was uploaded [Sensitivity: NONE]';
comment on column recording_document.voided is 'Uploaded in error and voided (never deleted) [Sensitivity: NONE]';
comment on column recording_document.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column recording_document.voided_by is 'Who voided it [Sensitivity: NONE]';
comment on column recording_document.voided_at is 'When it was voided [Sensitivity: NONE]';
comment on column recording_document.version is 'Optimistic lock [Sensitivity: NONE]';

create table recording_document_content (
    document_id uuid primary key references recording_document (id),
    content bytea not null
);
comment on table recording_document_content is 'The bytes of each document, apart so listing documents never loads them';
comment on column recording_document_content.document_id is 'The document [Sensitivity: NONE]';
comment on column recording_document_content.content is 'The file as uploaded (bytea: binary varying on H2 and PostgreSQL) [Sensitivity: SPECIAL-CATEGORY]';
