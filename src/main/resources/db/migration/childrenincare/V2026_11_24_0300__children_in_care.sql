create table cic_period (
    id uuid primary key,
    child_id uuid not null,
    start_date date not null,
    category_of_need varchar(2) not null,
    end_date date,
    reason_ceased varchar(3),
    fact_count integer not null default 0,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    version bigint not null default 0
);
create index cic_period_child on cic_period (child_id, start_date);
comment on table cic_period is 'Periods of care: from becoming looked after to ceasing';
comment on column cic_period.id is 'Identifier [Sensitivity: NONE]';
comment on column cic_period.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column cic_period.start_date is 'Date the child started to be looked after [Sensitivity: PERSONAL]';
comment on column cic_period.category_of_need is 'SSDA903 category of need N1-N8 [Sensitivity: SPECIAL-CATEGORY]';
comment on column cic_period.end_date is 'Date the child ceased to be looked after [Sensitivity: PERSONAL]';
comment on column cic_period.reason_ceased is 'SSDA903 reason ceased [Sensitivity: PERSONAL]';
comment on column cic_period.fact_count is 'How many facts were recorded in the period (for optimistic locking) [Sensitivity: NONE]';
comment on column cic_period.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column cic_period.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column cic_period.version is 'Optimistic lock [Sensitivity: NONE]';

create table cic_legal_status (
    id uuid primary key,
    period_id uuid not null references cic_period (id),
    child_id uuid not null,
    start_date date not null,
    legal_status varchar(2) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index cic_legal_status_period on cic_legal_status (period_id);
comment on table cic_legal_status is 'Legal statuses a looked after child was cared for under, each from a date';
comment on column cic_legal_status.id is 'Identifier [Sensitivity: NONE]';
comment on column cic_legal_status.period_id is 'The period of care [Sensitivity: NONE]';
comment on column cic_legal_status.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column cic_legal_status.start_date is 'Date the legal status started [Sensitivity: PERSONAL]';
comment on column cic_legal_status.legal_status is 'SSDA903 legal status code [Sensitivity: PERSONAL]';
comment on column cic_legal_status.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column cic_legal_status.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column cic_legal_status.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column cic_legal_status.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column cic_legal_status.version is 'Optimistic lock [Sensitivity: NONE]';

create table cic_placement (
    id uuid primary key,
    period_id uuid not null references cic_period (id),
    child_id uuid not null,
    start_date date not null,
    carer_name varchar(200) not null,
    placement_type varchar(3) not null,
    provider varchar(3),
    placement_postcode varchar(10),
    home_postcode varchar(10),
    urn varchar(10),
    distance_miles decimal(6,1),
    out_of_area boolean not null,
    approved_by varchar(200),
    approved_on date,
    siblings varchar(30) not null,
    siblings_reason varchar(2000),
    emergency boolean not null,
    intended_until_18 boolean not null,
    reason_for_change varchar(6),
    placement_plan_on date,
    notified_on date,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index cic_placement_period on cic_placement (period_id);
comment on table cic_placement is 'Placements of looked after children, each from its start date';
comment on column cic_placement.id is 'Identifier [Sensitivity: NONE]';
comment on column cic_placement.period_id is 'The period of care [Sensitivity: NONE]';
comment on column cic_placement.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column cic_placement.start_date is 'Date the placement started [Sensitivity: PERSONAL]';
comment on column cic_placement.carer_name is 'The carer or home [Sensitivity: PERSONAL]';
comment on column cic_placement.placement_type is 'SSDA903 placement type [Sensitivity: PERSONAL]';
comment on column cic_placement.provider is 'SSDA903 placement provider [Sensitivity: NONE]';
comment on column cic_placement.placement_postcode is 'Postcode of the placement [Sensitivity: PERSONAL]';
comment on column cic_placement.home_postcode is 'Postcode of the child''s home [Sensitivity: PERSONAL]';
comment on column cic_placement.urn is 'Ofsted URN of the placement [Sensitivity: NONE]';
comment on column cic_placement.distance_miles is 'Distance from home in miles [Sensitivity: PERSONAL]';
comment on column cic_placement.out_of_area is 'Placed outside the authority''s area [Sensitivity: PERSONAL]';
comment on column cic_placement.approved_by is 'Who approved the out-of-area or distant placement [Sensitivity: PERSONAL]';
comment on column cic_placement.approved_on is 'When the out-of-area or distant placement was approved [Sensitivity: NONE]';
comment on column cic_placement.siblings is 'Siblings in care placed together or apart [Sensitivity: PERSONAL]';
comment on column cic_placement.siblings_reason is 'Why siblings are placed apart [Sensitivity: PERSONAL]';
comment on column cic_placement.emergency is 'An emergency placement [Sensitivity: PERSONAL]';
comment on column cic_placement.intended_until_18 is 'The placement is intended to last until the child is 18 [Sensitivity: PERSONAL]';
comment on column cic_placement.reason_for_change is 'SSDA903 reason for the placement change [Sensitivity: PERSONAL]';
comment on column cic_placement.placement_plan_on is 'When the placement plan was agreed (emergency placements) [Sensitivity: NONE]';
comment on column cic_placement.notified_on is 'When the people concerned were notified (emergency placements) [Sensitivity: NONE]';
comment on column cic_placement.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column cic_placement.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column cic_placement.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column cic_placement.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column cic_placement.version is 'Optimistic lock [Sensitivity: NONE]';

create table cic_review (
    id uuid primary key,
    period_id uuid not null references cic_period (id),
    child_id uuid not null,
    review_date date not null,
    chaired_by varchar(100) not null,
    participation varchar(3) not null,
    child_views varchar(4000) not null,
    discussed varchar(4000) not null,
    decisions varchar(4000) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index cic_review_period on cic_review (period_id);
comment on table cic_review is 'Looked after children''s reviews chaired by the IRO';
comment on column cic_review.id is 'Identifier [Sensitivity: NONE]';
comment on column cic_review.period_id is 'The period of care [Sensitivity: NONE]';
comment on column cic_review.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column cic_review.review_date is 'Date of the review [Sensitivity: PERSONAL]';
comment on column cic_review.chaired_by is 'The IRO who chaired it [Sensitivity: PERSONAL]';
comment on column cic_review.participation is 'SSDA903 participation code PN0-PN7 [Sensitivity: PERSONAL]';
comment on column cic_review.child_views is 'The child''s views in their own words [Sensitivity: SPECIAL-CATEGORY]';
comment on column cic_review.discussed is 'What the review discussed [Sensitivity: SPECIAL-CATEGORY]';
comment on column cic_review.decisions is 'The review''s decisions [Sensitivity: SPECIAL-CATEGORY]';
comment on column cic_review.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column cic_review.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column cic_review.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column cic_review.version is 'Optimistic lock [Sensitivity: NONE]';

create table cic_visit (
    id uuid primary key,
    period_id uuid not null references cic_period (id),
    child_id uuid not null,
    placement_id uuid,
    visit_date date not null,
    seen boolean not null,
    seen_alone boolean not null,
    child_words varchar(4000) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index cic_visit_period on cic_visit (period_id);
comment on table cic_visit is 'Statutory visits to looked after children';
comment on column cic_visit.id is 'Identifier [Sensitivity: NONE]';
comment on column cic_visit.period_id is 'The period of care [Sensitivity: NONE]';
comment on column cic_visit.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column cic_visit.placement_id is 'The placement visited [Sensitivity: NONE]';
comment on column cic_visit.visit_date is 'Date of the visit [Sensitivity: PERSONAL]';
comment on column cic_visit.seen is 'The child was seen [Sensitivity: PERSONAL]';
comment on column cic_visit.seen_alone is 'The child was seen alone [Sensitivity: PERSONAL]';
comment on column cic_visit.child_words is 'What the child said, in their own words [Sensitivity: SPECIAL-CATEGORY]';
comment on column cic_visit.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column cic_visit.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column cic_visit.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column cic_visit.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column cic_visit.version is 'Optimistic lock [Sensitivity: NONE]';

create table cic_care_plan (
    id uuid primary key,
    period_id uuid not null references cic_period (id),
    child_id uuid not null,
    plan_date date not null,
    permanence_plan varchar(30),
    summary varchar(4000) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index cic_care_plan_period on cic_care_plan (period_id);
comment on table cic_care_plan is 'Care plans for looked after children and their permanence plans';
comment on column cic_care_plan.id is 'Identifier [Sensitivity: NONE]';
comment on column cic_care_plan.period_id is 'The period of care [Sensitivity: NONE]';
comment on column cic_care_plan.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column cic_care_plan.plan_date is 'Date the plan was agreed [Sensitivity: PERSONAL]';
comment on column cic_care_plan.permanence_plan is 'The permanence plan [Sensitivity: SPECIAL-CATEGORY]';
comment on column cic_care_plan.summary is 'Summary of the plan [Sensitivity: SPECIAL-CATEGORY]';
comment on column cic_care_plan.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column cic_care_plan.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column cic_care_plan.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column cic_care_plan.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column cic_care_plan.version is 'Optimistic lock [Sensitivity: NONE]';

create table cic_iro_contact (
    id uuid primary key,
    period_id uuid not null references cic_period (id),
    child_id uuid not null,
    contact_date date not null,
    how varchar(200) not null,
    note varchar(4000) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index cic_iro_contact_period on cic_iro_contact (period_id);
comment on table cic_iro_contact is 'The IRO''s contacts with looked after children between reviews';
comment on column cic_iro_contact.id is 'Identifier [Sensitivity: NONE]';
comment on column cic_iro_contact.period_id is 'The period of care [Sensitivity: NONE]';
comment on column cic_iro_contact.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column cic_iro_contact.contact_date is 'Date of the contact [Sensitivity: PERSONAL]';
comment on column cic_iro_contact.how is 'How the IRO was in touch [Sensitivity: PERSONAL]';
comment on column cic_iro_contact.note is 'What was said [Sensitivity: SPECIAL-CATEGORY]';
comment on column cic_iro_contact.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column cic_iro_contact.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column cic_iro_contact.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column cic_iro_contact.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column cic_iro_contact.version is 'Optimistic lock [Sensitivity: NONE]';
