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
