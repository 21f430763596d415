alter table contact add column group_id uuid;
create index contact_group on contact (group_id);
comment on column contact.group_id is 'Contacts about siblings recorded together share this id; each child keeps its own decision [Sensitivity: NONE]';

alter table referral add column previous_closure_date date;
alter table referral add column previous_closure_reason varchar(10);
alter table referral add column previous_closure_by varchar(100);
alter table referral add column closure_alert_sent boolean not null default false;
comment on column referral.previous_closure_date is 'When the child''s last involvement closed before this referral [Sensitivity: PERSONAL]';
comment on column referral.previous_closure_reason is 'DfE reason for closure code of that closure (RC1-RC9) [Sensitivity: PERSONAL]';
comment on column referral.previous_closure_by is 'Manager who authorised that closure [Sensitivity: PERSONAL]';
comment on column referral.closure_alert_sent is 'Whether the closing manager was alerted that the child came back soon after closure [Sensitivity: NONE]';

create table information_request (
    id uuid primary key,
    contact_id uuid not null,
    child_id uuid not null,
    agency varchar(20) not null,
    requested_from varchar(200) not null,
    question varchar(2000) not null,
    requested_at timestamp with time zone not null,
    requested_by varchar(100) not null,
    response varchar(4000),
    responded_by varchar(200),
    responded_at timestamp with time zone,
    response_recorded_by varchar(100),
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index information_request_contact on information_request (contact_id);
comment on table information_request is 'Information the front door asked partner agencies for about a contact, and their answers';
comment on column information_request.id is 'Identifier [Sensitivity: NONE]';
comment on column information_request.contact_id is 'The contact the request is for [Sensitivity: NONE]';
comment on column information_request.child_id is 'The child the contact is about [Sensitivity: PERSONAL]';
comment on column information_request.agency is 'Kind of partner agency asked: police, health, education, ... [Sensitivity: NONE]';
comment on column information_request.requested_from is 'Who was asked, and where [Sensitivity: PERSONAL]';
comment on column information_request.question is 'What was asked [Sensitivity: SPECIAL-CATEGORY]';
comment on column information_request.requested_at is 'When it was asked [Sensitivity: NONE]';
comment on column information_request.requested_by is 'Front-door worker who asked [Sensitivity: PERSONAL]';
comment on column information_request.response is 'What the agency said [Sensitivity: SPECIAL-CATEGORY]';
comment on column information_request.responded_by is 'Who answered for the agency [Sensitivity: PERSONAL]';
comment on column information_request.responded_at is 'When they answered [Sensitivity: NONE]';
comment on column information_request.response_recorded_by is 'Who recorded the answer [Sensitivity: PERSONAL]';
comment on column information_request.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column information_request.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column information_request.version is 'Optimistic lock [Sensitivity: NONE]';
