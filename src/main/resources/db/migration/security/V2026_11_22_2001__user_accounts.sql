create table user_account (
    id uuid primary key,
    username varchar(100) not null,
    display_name varchar(200) not null,
    email varchar(320),
    role varchar(40) not null,
    password_hash varchar(200),
    failed_attempts int not null default 0,
    locked_until timestamp with time zone,
    enabled boolean not null default true,
    demo boolean not null default false,
    created_at timestamp with time zone not null,
    version bigint not null default 0
);
alter table user_account add constraint user_account_username unique (username);
comment on table user_account is 'People who sign in to Hearth';
comment on column user_account.id is 'Identifier [Sensitivity: NONE]';
comment on column user_account.username is 'Sign-in name, lower case [Sensitivity: PERSONAL]';
comment on column user_account.display_name is 'Name shown to colleagues [Sensitivity: PERSONAL]';
comment on column user_account.email is 'Work email, matched to the council identity provider [Sensitivity: PERSONAL]';
comment on column user_account.role is 'Role, a bundle of permissions [Sensitivity: NONE]';
comment on column user_account.password_hash is 'Password hash with its algorithm prefix; null for identity-provider accounts [Sensitivity: SECRET]';
comment on column user_account.failed_attempts is 'Failed sign-ins in a row [Sensitivity: NONE]';
comment on column user_account.locked_until is 'Locked after repeated failures until this time [Sensitivity: NONE]';
comment on column user_account.enabled is 'False once the account is disabled [Sensitivity: NONE]';
comment on column user_account.demo is 'A demo account; production refuses to start while any is enabled [Sensitivity: NONE]';
comment on column user_account.created_at is 'When created [Sensitivity: NONE]';
comment on column user_account.version is 'Optimistic lock [Sensitivity: NONE]';

create table record_restriction (
    id uuid primary key,
    subject_id uuid not null,
    reason varchar(500) not null,
    restricted_by varchar(100) not null,
    restricted_at timestamp with time zone not null,
    lifted boolean not null default false,
    lifted_reason varchar(500),
    version bigint not null default 0
);
create index record_restriction_subject on record_restriction (subject_id);
comment on table record_restriction is 'Records visible only to a named access list';
comment on column record_restriction.id is 'Identifier [Sensitivity: NONE]';
comment on column record_restriction.subject_id is 'The restricted child or person [Sensitivity: PERSONAL]';
comment on column record_restriction.reason is 'Why the record is restricted [Sensitivity: SPECIAL-CATEGORY]';
comment on column record_restriction.restricted_by is 'Who restricted it [Sensitivity: PERSONAL]';
comment on column record_restriction.restricted_at is 'When [Sensitivity: NONE]';
comment on column record_restriction.lifted is 'True once the restriction is lifted (never deleted) [Sensitivity: NONE]';
comment on column record_restriction.lifted_reason is 'Why it was lifted [Sensitivity: PERSONAL]';
comment on column record_restriction.version is 'Optimistic lock [Sensitivity: NONE]';

create table restriction_member (
    restriction_id uuid not null references record_restriction (id),
    username varchar(100) not null,
    primary key (restriction_id, username)
);
comment on table restriction_member is 'Who may see a restricted record';
comment on column restriction_member.restriction_id is 'The restriction [Sensitivity: NONE]';
comment on column restriction_member.username is 'A user on the access list [Sensitivity: PERSONAL]';

create table access_override (
    id uuid primary key,
    subject_id uuid not null,
    username varchar(100) not null,
    reason varchar(1000) not null,
    granted_at timestamp with time zone not null,
    expires_at timestamp with time zone not null
);
create index access_override_lookup on access_override (username, subject_id);
comment on table access_override is 'Break-glass access: a reason given to open a record outside one''s reach';
comment on column access_override.id is 'Identifier [Sensitivity: NONE]';
comment on column access_override.subject_id is 'The child whose record was opened [Sensitivity: PERSONAL]';
comment on column access_override.username is 'Who broke the glass [Sensitivity: PERSONAL]';
comment on column access_override.reason is 'The reason they gave [Sensitivity: PERSONAL]';
comment on column access_override.granted_at is 'When [Sensitivity: NONE]';
comment on column access_override.expires_at is 'Access lapses at this time [Sensitivity: NONE]';
