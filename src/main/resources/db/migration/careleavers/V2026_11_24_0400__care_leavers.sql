create table leaver_care_period (
    id uuid primary key,
    child_id uuid not null,
    period_id uuid,
    start_date date not null,
    end_date date,
    legal_status varchar(3),
    reason_ceased varchar(4),
    earlier boolean not null,
    recorded_by varchar(100),
    recorded_at timestamp with time zone not null,
    version bigint not null default 0
);
create index leaver_care_period_child on leaver_care_period (child_id, start_date);
comment on table leaver_care_period is 'Care leavers'' own projection of each young person''s periods of care';
comment on column leaver_care_period.id is 'Identifier [Sensitivity: NONE]';
comment on column leaver_care_period.child_id is 'The young person [Sensitivity: PERSONAL]';
comment on column leaver_care_period.period_id is 'The period of care in children in care (null for earlier care) [Sensitivity: NONE]';
comment on column leaver_care_period.start_date is 'Date the child became looked after [Sensitivity: PERSONAL]';
comment on column leaver_care_period.end_date is 'Date the child ceased to be looked after (null while looked after) [Sensitivity: PERSONAL]';
comment on column leaver_care_period.legal_status is 'SSDA903 legal status the period began under [Sensitivity: PERSONAL]';
comment on column leaver_care_period.reason_ceased is 'SSDA903 reason the period ended [Sensitivity: PERSONAL]';
comment on column leaver_care_period.earlier is 'Care that ended before Hearth, from legacy records [Sensitivity: NONE]';
comment on column leaver_care_period.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column leaver_care_period.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column leaver_care_period.version is 'Optimistic lock [Sensitivity: NONE]';

create table care_leaver (
    id uuid primary key,
    child_id uuid not null,
    adviser varchar(100),
    adviser_since date,
    staying_put boolean not null,
    in_custody boolean not null,
    asylum_seeking boolean not null,
    parent boolean not null,
    support_requested_on date,
    not_in_touch_since date,
    last_contact_on date,
    created_at timestamp with time zone not null,
    version bigint not null default 0,
    constraint care_leaver_child unique (child_id)
);
comment on table care_leaver is 'A young person known to the leaving care service: adviser, circumstances, keeping in touch';
comment on column care_leaver.id is 'Identifier [Sensitivity: NONE]';
comment on column care_leaver.child_id is 'The young person [Sensitivity: PERSONAL]';
comment on column care_leaver.adviser is 'Username of the personal adviser now [Sensitivity: PERSONAL]';
comment on column care_leaver.adviser_since is 'Date the current personal adviser was allocated [Sensitivity: PERSONAL]';
comment on column care_leaver.staying_put is 'Staying put with former foster carers after 18 [Sensitivity: PERSONAL]';
comment on column care_leaver.in_custody is 'In custody [Sensitivity: SPECIAL-CATEGORY]';
comment on column care_leaver.asylum_seeking is 'Unaccompanied asylum seeking (or formerly) [Sensitivity: SPECIAL-CATEGORY]';
comment on column care_leaver.parent is 'The young person is a parent [Sensitivity: PERSONAL]';
comment on column care_leaver.support_requested_on is 'Date a former relevant young person aged 21 to 25 asked for support (s23CZB) [Sensitivity: PERSONAL]';
comment on column care_leaver.not_in_touch_since is 'Date of the first attempt that did not reach them, until they are reached [Sensitivity: PERSONAL]';
comment on column care_leaver.last_contact_on is 'Date the adviser last reached them [Sensitivity: PERSONAL]';
comment on column care_leaver.created_at is 'When the record was made [Sensitivity: NONE]';
comment on column care_leaver.version is 'Optimistic lock [Sensitivity: NONE]';

create table leaver_adviser_allocation (
    id uuid primary key,
    child_id uuid not null,
    adviser varchar(100) not null,
    from_date date not null,
    reason varchar(200),
    allocated_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    version bigint not null default 0
);
create index leaver_adviser_allocation_child on leaver_adviser_allocation (child_id, from_date);
create index leaver_adviser_allocation_adviser on leaver_adviser_allocation (adviser);
comment on table leaver_adviser_allocation is 'History of personal advisers allocated to a young person';
comment on column leaver_adviser_allocation.id is 'Identifier [Sensitivity: NONE]';
comment on column leaver_adviser_allocation.child_id is 'The young person [Sensitivity: PERSONAL]';
comment on column leaver_adviser_allocation.adviser is 'Username of the personal adviser [Sensitivity: PERSONAL]';
comment on column leaver_adviser_allocation.from_date is 'Date allocated [Sensitivity: PERSONAL]';
comment on column leaver_adviser_allocation.reason is 'Why allocated [Sensitivity: PERSONAL]';
comment on column leaver_adviser_allocation.allocated_by is 'Who allocated [Sensitivity: PERSONAL]';
comment on column leaver_adviser_allocation.recorded_at is 'When recorded [Sensitivity: NONE]';
comment on column leaver_adviser_allocation.version is 'Optimistic lock [Sensitivity: NONE]';

create table leaver_pathway_event (
    id uuid primary key,
    child_id uuid not null,
    kind varchar(20) not null,
    event_date date not null,
    summary text not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    version bigint not null default 0
);
create index leaver_pathway_event_child on leaver_pathway_event (child_id, event_date);
comment on table leaver_pathway_event is 'Needs assessments, pathway plans and pathway plan reviews';
comment on column leaver_pathway_event.id is 'Identifier [Sensitivity: NONE]';
comment on column leaver_pathway_event.child_id is 'The young person [Sensitivity: PERSONAL]';
comment on column leaver_pathway_event.kind is 'Needs assessment, pathway plan or review [Sensitivity: NONE]';
comment on column leaver_pathway_event.event_date is 'Date completed [Sensitivity: PERSONAL]';
comment on column leaver_pathway_event.summary is 'What was assessed, planned or reviewed [Sensitivity: SPECIAL-CATEGORY]';
comment on column leaver_pathway_event.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column leaver_pathway_event.recorded_at is 'When recorded [Sensitivity: NONE]';
comment on column leaver_pathway_event.version is 'Optimistic lock [Sensitivity: NONE]';

create table leaver_contact (
    id uuid primary key,
    child_id uuid not null,
    contact_date date not null,
    reached boolean not null,
    method varchar(20) not null,
    note text,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    version bigint not null default 0
);
create index leaver_contact_child on leaver_contact (child_id, contact_date);
comment on table leaver_contact is 'Contacts and attempts at contact by the personal adviser';
comment on column leaver_contact.id is 'Identifier [Sensitivity: NONE]';
comment on column leaver_contact.child_id is 'The young person [Sensitivity: PERSONAL]';
comment on column leaver_contact.contact_date is 'Date of the contact or attempt [Sensitivity: PERSONAL]';
comment on column leaver_contact.reached is 'The young person was reached [Sensitivity: PERSONAL]';
comment on column leaver_contact.method is 'Visit, phone, message or other [Sensitivity: NONE]';
comment on column leaver_contact.note is 'What happened [Sensitivity: SPECIAL-CATEGORY]';
comment on column leaver_contact.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column leaver_contact.recorded_at is 'When recorded [Sensitivity: NONE]';
comment on column leaver_contact.version is 'Optimistic lock [Sensitivity: NONE]';

create table leaver_birthday (
    id uuid primary key,
    child_id uuid not null,
    birthday_age integer not null,
    birthday date not null,
    in_touch varchar(4) not null,
    activity varchar(2),
    accommodation varchar(2),
    recorded_on date not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    version bigint not null default 0
);
create index leaver_birthday_date on leaver_birthday (birthday);
create index leaver_birthday_child on leaver_birthday (child_id, birthday_age);
comment on table leaver_birthday is 'In touch, activity and accommodation around the 17th to 21st birthdays (SSDA903 OC3)';
comment on column leaver_birthday.id is 'Identifier [Sensitivity: NONE]';
comment on column leaver_birthday.child_id is 'The young person [Sensitivity: PERSONAL]';
comment on column leaver_birthday.birthday_age is 'The birthday: 17 to 21 [Sensitivity: NONE]';
comment on column leaver_birthday.birthday is 'Date of that birthday [Sensitivity: PERSONAL]';
comment on column leaver_birthday.in_touch is 'SSDA903 IN_TOUCH code [Sensitivity: PERSONAL]';
comment on column leaver_birthday.activity is 'SSDA903 ACTIV code (education, employment, training) [Sensitivity: PERSONAL]';
comment on column leaver_birthday.accommodation is 'SSDA903 ACCOM code with suitability suffix [Sensitivity: PERSONAL]';
comment on column leaver_birthday.recorded_on is 'Date the information was gathered [Sensitivity: PERSONAL]';
comment on column leaver_birthday.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column leaver_birthday.recorded_at is 'When recorded [Sensitivity: NONE]';
comment on column leaver_birthday.version is 'Optimistic lock [Sensitivity: NONE]';

create table leaver_entitlement (
    code varchar(40) primary key,
    name varchar(200) not null,
    active boolean not null,
    version bigint not null default 0
);
comment on table leaver_entitlement is 'The local offer: entitlements care leavers may ask for';
comment on column leaver_entitlement.code is 'Short code [Sensitivity: NONE]';
comment on column leaver_entitlement.name is 'What the entitlement is [Sensitivity: NONE]';
comment on column leaver_entitlement.active is 'Still offered [Sensitivity: NONE]';
comment on column leaver_entitlement.version is 'Optimistic lock [Sensitivity: NONE]';
insert into leaver_entitlement (code, name, active, version) values ('SETTING_UP_HOME', 'Setting up home allowance', true, 0);
insert into leaver_entitlement (code, name, active, version) values ('DRIVING_LESSONS', 'Driving lessons', true, 0);
insert into leaver_entitlement (code, name, active, version) values ('COUNCIL_TAX', 'Council tax exemption', true, 0);
insert into leaver_entitlement (code, name, active, version) values ('HE_BURSARY', 'Higher education bursary', true, 0);
insert into leaver_entitlement (code, name, active, version) values ('LEISURE_PASS', 'Leisure pass', true, 0);

create table leaver_entitlement_request (
    id uuid primary key,
    child_id uuid not null,
    entitlement varchar(40) not null references leaver_entitlement (code),
    requested_on date not null,
    detail text,
    status varchar(10) not null,
    decided_by varchar(100),
    decided_on date,
    reason text,
    requested_by varchar(100) not null,
    version bigint not null default 0
);
create index leaver_entitlement_request_child on leaver_entitlement_request (child_id);
create index leaver_entitlement_request_entitlement on leaver_entitlement_request (entitlement, status);
comment on table leaver_entitlement_request is 'Requests under the local offer and their decisions';
comment on column leaver_entitlement_request.id is 'Identifier [Sensitivity: NONE]';
comment on column leaver_entitlement_request.child_id is 'The young person [Sensitivity: PERSONAL]';
comment on column leaver_entitlement_request.entitlement is 'Which entitlement [Sensitivity: NONE]';
comment on column leaver_entitlement_request.requested_on is 'Date asked for [Sensitivity: PERSONAL]';
comment on column leaver_entitlement_request.detail is 'What was asked for [Sensitivity: PERSONAL]';
comment on column leaver_entitlement_request.status is 'Requested, granted or refused [Sensitivity: PERSONAL]';
comment on column leaver_entitlement_request.decided_by is 'Who decided [Sensitivity: PERSONAL]';
comment on column leaver_entitlement_request.decided_on is 'Date decided [Sensitivity: PERSONAL]';
comment on column leaver_entitlement_request.reason is 'Reason for the decision [Sensitivity: PERSONAL]';
comment on column leaver_entitlement_request.requested_by is 'Who recorded the request [Sensitivity: PERSONAL]';
comment on column leaver_entitlement_request.version is 'Optimistic lock [Sensitivity: NONE]';
