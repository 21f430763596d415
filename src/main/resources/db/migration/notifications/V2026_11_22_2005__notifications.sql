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

