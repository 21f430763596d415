create table assessment (
    id uuid primary key,
    child_id uuid not null,
    referral_id uuid not null,
    referral_date date not null,
    status varchar(30) not null,
    start_date date,
    started_by varchar(100),
    factors varchar(400),
    outcome varchar(40),
    analysis varchar(8000),
    completed_on date,
    delay_reason varchar(1000),
    submitted_by varchar(100),
    submitted_at timestamp with time zone,
    authorised_by varchar(100),
    authorised_at timestamp with time zone,
    return_reason varchar(2000),
    returned_by varchar(100),
    returned_at timestamp with time zone,
    obligation_id uuid,
    allocated_to varchar(100),
    allocated_on date,
    first_visit_obligation_id uuid,
    first_visit_on date,
    first_visit_days_late integer,
    created_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0,
    constraint assessment_referral unique (referral_id)
);
create index assessment_child on assessment (child_id, referral_date);
create index assessment_status on assessment (status, referral_date);
comment on table assessment is 'Child and family assessments, one for each referral';
comment on column assessment.id is 'Identifier [Sensitivity: NONE]';
comment on column assessment.child_id is 'The child assessed [Sensitivity: PERSONAL]';
comment on column assessment.referral_id is 'The referral the assessment answers [Sensitivity: NONE]';
comment on column assessment.referral_date is 'Date of the referral, when the 45 working day clock starts [Sensitivity: PERSONAL]';
comment on column assessment.status is 'Not started, in progress, awaiting authorisation or authorised [Sensitivity: NONE]';
comment on column assessment.start_date is 'Actual start date (CIN census AssessmentActualStartDate) [Sensitivity: PERSONAL]';
comment on column assessment.started_by is 'Who recorded the start [Sensitivity: PERSONAL]';
comment on column assessment.factors is 'DfE assessment factor codes identified, comma separated (CIN census AssessmentFactors) [Sensitivity: SPECIAL-CATEGORY]';
comment on column assessment.outcome is 'What the assessment concluded [Sensitivity: SPECIAL-CATEGORY]';
comment on column assessment.analysis is 'The worker''s analysis and summary [Sensitivity: SPECIAL-CATEGORY]';
comment on column assessment.completed_on is 'Date the assessment was completed [Sensitivity: PERSONAL]';
comment on column assessment.delay_reason is 'Why it took longer than 45 working days [Sensitivity: PERSONAL]';
comment on column assessment.submitted_by is 'The author: the worker who submitted it for authorisation [Sensitivity: PERSONAL]';
comment on column assessment.submitted_at is 'When it was submitted [Sensitivity: NONE]';
comment on column assessment.authorised_by is 'The manager who authorised it [Sensitivity: PERSONAL]';
comment on column assessment.authorised_at is 'When it was authorised (CIN census AssessmentAuthorisationDate) [Sensitivity: PERSONAL]';
comment on column assessment.return_reason is 'Why a manager last returned it to the worker [Sensitivity: SPECIAL-CATEGORY]';
comment on column assessment.returned_by is 'The manager who last returned it [Sensitivity: PERSONAL]';
comment on column assessment.returned_at is 'When it was last returned [Sensitivity: NONE]';
comment on column assessment.obligation_id is 'The assessment-45-working-days obligation [Sensitivity: NONE]';
comment on column assessment.allocated_to is 'The worker it was last allocated to while open [Sensitivity: PERSONAL]';
comment on column assessment.allocated_on is 'When it was last allocated to a worker [Sensitivity: PERSONAL]';
comment on column assessment.first_visit_obligation_id is 'The first-visit-after-allocation obligation [Sensitivity: NONE]';
comment on column assessment.first_visit_on is 'Date the child was first seen after allocation [Sensitivity: PERSONAL]';
comment on column assessment.first_visit_days_late is 'Days after the local standard the first visit was (0 when on time) [Sensitivity: NONE]';
comment on column assessment.created_at is 'When the assessment was created from the referral [Sensitivity: NONE]';
comment on column assessment.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column assessment.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column assessment.version is 'Optimistic lock [Sensitivity: NONE]';

create table assessment_visit (
    id uuid primary key,
    assessment_id uuid not null references assessment (id),
    child_id uuid not null,
    visit_date date not null,
    visited_by varchar(200) not null,
    child_seen boolean not null,
    seen_alone boolean not null,
    wishes_and_feelings varchar(4000),
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index assessment_visit_assessment on assessment_visit (assessment_id, visit_date);
comment on table assessment_visit is 'Visits during a child and family assessment';
comment on column assessment_visit.id is 'Identifier [Sensitivity: NONE]';
comment on column assessment_visit.assessment_id is 'The assessment [Sensitivity: NONE]';
comment on column assessment_visit.child_id is 'The child visited [Sensitivity: PERSONAL]';
comment on column assessment_visit.visit_date is 'Date of the visit [Sensitivity: PERSONAL]';
comment on column assessment_visit.visited_by is 'Who visited [Sensitivity: PERSONAL]';
comment on column assessment_visit.child_seen is 'Whether the child was seen [Sensitivity: PERSONAL]';
comment on column assessment_visit.seen_alone is 'Whether the child was seen alone [Sensitivity: PERSONAL]';
comment on column assessment_visit.wishes_and_feelings is 'The child''s wishes and feelings in their own words [Sensitivity: SPECIAL-CATEGORY]';
comment on column assessment_visit.recorded_by is 'Who recorded the visit [Sensitivity: PERSONAL]';
comment on column assessment_visit.recorded_at is 'When the visit was recorded [Sensitivity: NONE]';
comment on column assessment_visit.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column assessment_visit.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column assessment_visit.version is 'Optimistic lock [Sensitivity: NONE]';
