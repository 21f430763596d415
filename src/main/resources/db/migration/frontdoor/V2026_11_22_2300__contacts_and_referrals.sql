create table contact (
    id uuid primary key,
    child_id uuid not null,
    received_at timestamp with time zone not null,
    source varchar(10) not null,
    referrer_name varchar(200) not null,
    referrer_contact varchar(200) not null,
    concern varchar(4000) not null,
    consent_sought boolean not null,
    consent varchar(20) not null,
    consent_overridden boolean not null,
    consent_rationale varchar(2000),
    risk varchar(10) not null,
    status varchar(30) not null,
    decision varchar(40),
    decision_rationale varchar(4000),
    decided_by varchar(100),
    decided_at timestamp with time zone,
    obligation_id uuid,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index contact_child on contact (child_id);
create index contact_status on contact (status, received_at);
comment on table contact is 'Contacts received at the front door about a child, and the threshold decision on each';
comment on column contact.id is 'Identifier [Sensitivity: NONE]';
comment on column contact.child_id is 'The child the contact is about [Sensitivity: PERSONAL]';
comment on column contact.received_at is 'When the contact was received [Sensitivity: PERSONAL]';
comment on column contact.source is 'DfE referral source code (CIN census ReferralSource) [Sensitivity: NONE]';
comment on column contact.referrer_name is 'Who made the contact [Sensitivity: SPECIAL-CATEGORY]';
comment on column contact.referrer_contact is 'How to reach the referrer [Sensitivity: SPECIAL-CATEGORY]';
comment on column contact.concern is 'The concern in the referrer''s words [Sensitivity: SPECIAL-CATEGORY]';
comment on column contact.consent_sought is 'Whether consent was sought from the family [Sensitivity: PERSONAL]';
comment on column contact.consent is 'Consent given, refused or not sought [Sensitivity: PERSONAL]';
comment on column contact.consent_overridden is 'Whether the lack of consent is overridden [Sensitivity: PERSONAL]';
comment on column contact.consent_rationale is 'Why consent is overridden [Sensitivity: SPECIAL-CATEGORY]';
comment on column contact.risk is 'Risk rating at the front door [Sensitivity: SPECIAL-CATEGORY]';
comment on column contact.status is 'Awaiting decision or decided [Sensitivity: NONE]';
comment on column contact.decision is 'Threshold decision [Sensitivity: SPECIAL-CATEGORY]';
comment on column contact.decision_rationale is 'Why the manager decided so [Sensitivity: SPECIAL-CATEGORY]';
comment on column contact.decided_by is 'Manager who decided [Sensitivity: PERSONAL]';
comment on column contact.decided_at is 'When the decision was made [Sensitivity: PERSONAL]';
comment on column contact.obligation_id is 'The contact-decision obligation the contact opened [Sensitivity: NONE]';
comment on column contact.recorded_by is 'Who recorded the contact [Sensitivity: PERSONAL]';
comment on column contact.recorded_at is 'When the contact was recorded [Sensitivity: NONE]';
comment on column contact.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column contact.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column contact.version is 'Optimistic lock [Sensitivity: NONE]';

create table referral (
    id uuid primary key,
    child_id uuid not null,
    contact_id uuid not null references contact (id),
    referral_date date not null,
    source varchar(10) not null,
    re_referral boolean not null,
    previous_referral_date date,
    created_at timestamp with time zone not null,
    voided boolean not null default false,
    version bigint not null default 0,
    constraint referral_contact unique (contact_id)
);
create index referral_child on referral (child_id, referral_date);
comment on table referral is 'Referrals to children''s social care, made by a contact decision';
comment on column referral.id is 'Identifier [Sensitivity: NONE]';
comment on column referral.child_id is 'The child referred [Sensitivity: PERSONAL]';
comment on column referral.contact_id is 'The contact whose decision made the referral [Sensitivity: NONE]';
comment on column referral.referral_date is 'Date of referral (CIN census CINreferralDate) [Sensitivity: PERSONAL]';
comment on column referral.source is 'DfE referral source code [Sensitivity: NONE]';
comment on column referral.re_referral is 'Within 12 months of a previous referral [Sensitivity: PERSONAL]';
comment on column referral.previous_referral_date is 'Date of the previous referral when a re-referral [Sensitivity: PERSONAL]';
comment on column referral.created_at is 'When the referral was recorded [Sensitivity: NONE]';
comment on column referral.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column referral.version is 'Optimistic lock [Sensitivity: NONE]';
