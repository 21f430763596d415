create table fostering_kinship_approval (
    id uuid primary key,
    child_id uuid not null,
    carer_name varchar(200) not null,
    relationship varchar(200) not null,
    approved_on date not null,
    original_expires_on date not null,
    expires_on date not null,
    extended_on date,
    extension_weeks integer,
    extension_reason varchar(2000),
    nominated_officer varchar(200),
    outcome varchar(40),
    outcome_on date,
    outcome_notes varchar(2000),
    obligation_id uuid,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
comment on table fostering_kinship_approval is 'Temporary approvals of connected persons (kinship carers) as foster carers for a named child (Care Planning regs 24 and 25)';
comment on column fostering_kinship_approval.id is 'Identifier [Sensitivity: NONE]';
comment on column fostering_kinship_approval.child_id is 'The child placed with the connected person [Sensitivity: PERSONAL]';
comment on column fostering_kinship_approval.carer_name is 'The connected person''s name [Sensitivity: PERSONAL]';
comment on column fostering_kinship_approval.relationship is 'How the connected person is related to or knows the child [Sensitivity: PERSONAL]';
comment on column fostering_kinship_approval.approved_on is 'Date of the temporary approval (reg 24) [Sensitivity: PERSONAL]';
comment on column fostering_kinship_approval.original_expires_on is 'When the 16 weeks of temporary approval run out [Sensitivity: PERSONAL]';
comment on column fostering_kinship_approval.expires_on is 'When the temporary approval runs out now (after any extension) [Sensitivity: PERSONAL]';
comment on column fostering_kinship_approval.extended_on is 'Date a nominated officer extended the approval (reg 25) [Sensitivity: PERSONAL]';
comment on column fostering_kinship_approval.extension_weeks is 'Weeks of the extension (at most 8) [Sensitivity: NONE]';
comment on column fostering_kinship_approval.extension_reason is 'Why the approval was extended [Sensitivity: SPECIAL-CATEGORY]';
comment on column fostering_kinship_approval.nominated_officer is 'The nominated officer who decided the extension [Sensitivity: PERSONAL]';
comment on column fostering_kinship_approval.outcome is 'What happened: approved as foster carer, not approved, child moved [Sensitivity: PERSONAL]';
comment on column fostering_kinship_approval.outcome_on is 'Date of the outcome [Sensitivity: PERSONAL]';
comment on column fostering_kinship_approval.outcome_notes is 'Notes on the outcome [Sensitivity: SPECIAL-CATEGORY]';
comment on column fostering_kinship_approval.obligation_id is 'The open timescale obligation for the full assessment [Sensitivity: NONE]';
comment on column fostering_kinship_approval.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column fostering_kinship_approval.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column fostering_kinship_approval.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column fostering_kinship_approval.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column fostering_kinship_approval.version is 'Optimistic lock [Sensitivity: NONE]';
create index fostering_kinship_child on fostering_kinship_approval (child_id);
create index fostering_kinship_open on fostering_kinship_approval (outcome, expires_on);

create table fostering_household (
    id uuid primary key,
    name varchar(200) not null,
    address varchar(500),
    enquiry_on date not null,
    assessment_started_on date,
    panel_on date,
    approved_on date,
    terms varchar(500),
    places integer,
    last_review_on date,
    reviews_held integer not null default 0,
    supervising_worker varchar(100),
    ended_on date,
    end_reason varchar(1000),
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
comment on table fostering_household is 'Foster carer households from enquiry through assessment, panel and approval';
comment on column fostering_household.id is 'Identifier [Sensitivity: NONE]';
comment on column fostering_household.name is 'The household''s name (the carers) [Sensitivity: PERSONAL]';
comment on column fostering_household.address is 'Where the household lives [Sensitivity: PERSONAL]';
comment on column fostering_household.enquiry_on is 'Date of the first enquiry [Sensitivity: PERSONAL]';
comment on column fostering_household.assessment_started_on is 'Date the assessment (form F) started [Sensitivity: PERSONAL]';
comment on column fostering_household.panel_on is 'Date of the fostering panel [Sensitivity: PERSONAL]';
comment on column fostering_household.approved_on is 'Date the agency decision maker approved the household [Sensitivity: PERSONAL]';
comment on column fostering_household.terms is 'Terms of approval (ages, kinds of care) [Sensitivity: PERSONAL]';
comment on column fostering_household.places is 'How many children the household is approved for [Sensitivity: NONE]';
comment on column fostering_household.last_review_on is 'Date of the latest annual review of approval [Sensitivity: PERSONAL]';
comment on column fostering_household.reviews_held is 'How many annual reviews have been held [Sensitivity: NONE]';
comment on column fostering_household.supervising_worker is 'Supervising social worker (username) [Sensitivity: PERSONAL]';
comment on column fostering_household.ended_on is 'Date the household left (withdrew, not approved, resigned, deregistered) [Sensitivity: PERSONAL]';
comment on column fostering_household.end_reason is 'Why the household left [Sensitivity: PERSONAL]';
comment on column fostering_household.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column fostering_household.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column fostering_household.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column fostering_household.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column fostering_household.version is 'Optimistic lock [Sensitivity: NONE]';

create table fostering_household_event (
    id uuid primary key,
    household_id uuid not null references fostering_household (id),
    kind varchar(30) not null,
    happened_on date not null,
    details varchar(4000) not null,
    to_panel boolean not null default false,
    status varchar(40),
    lado_ref uuid,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
comment on table fostering_household_event is 'Reviews, support, training and allegations about a foster carer household';
comment on column fostering_household_event.id is 'Identifier [Sensitivity: NONE]';
comment on column fostering_household_event.household_id is 'The household [Sensitivity: NONE]';
comment on column fostering_household_event.kind is 'Annual review, support visit, training or allegation [Sensitivity: NONE]';
comment on column fostering_household_event.happened_on is 'When it happened [Sensitivity: PERSONAL]';
comment on column fostering_household_event.details is 'What happened [Sensitivity: SPECIAL-CATEGORY]';
comment on column fostering_household_event.to_panel is 'A review that went to the fostering panel [Sensitivity: NONE]';
comment on column fostering_household_event.status is 'For an allegation: its status (referred to the LADO) [Sensitivity: PERSONAL]';
comment on column fostering_household_event.lado_ref is 'For an allegation: the LADO record it links to, once there is one [Sensitivity: NONE]';
comment on column fostering_household_event.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column fostering_household_event.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column fostering_household_event.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column fostering_household_event.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column fostering_household_event.version is 'Optimistic lock [Sensitivity: NONE]';
create index fostering_household_event_household on fostering_household_event (household_id);

create table fostering_sg_assessment (
    id uuid primary key,
    child_id uuid not null,
    applicant_name varchar(200) not null,
    notice_on date not null,
    court_directed boolean not null,
    due_on date not null,
    completed_on date,
    recommendation varchar(2000),
    support_plan varchar(4000),
    support_plan_on date,
    obligation_id uuid,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
comment on table fostering_sg_assessment is 'Special guardianship assessments (s14A reports) and support plans';
comment on column fostering_sg_assessment.id is 'Identifier [Sensitivity: NONE]';
comment on column fostering_sg_assessment.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column fostering_sg_assessment.applicant_name is 'The prospective special guardian [Sensitivity: PERSONAL]';
comment on column fostering_sg_assessment.notice_on is 'Date the applicant gave notice, or the court asked for a report [Sensitivity: PERSONAL]';
comment on column fostering_sg_assessment.court_directed is 'The court directed the report (its timetable sets the date) [Sensitivity: NONE]';
comment on column fostering_sg_assessment.due_on is 'When the report is due [Sensitivity: PERSONAL]';
comment on column fostering_sg_assessment.completed_on is 'Date the report was completed [Sensitivity: PERSONAL]';
comment on column fostering_sg_assessment.recommendation is 'The report''s recommendation [Sensitivity: SPECIAL-CATEGORY]';
comment on column fostering_sg_assessment.support_plan is 'The special guardianship support plan [Sensitivity: SPECIAL-CATEGORY]';
comment on column fostering_sg_assessment.support_plan_on is 'Date the support plan was agreed [Sensitivity: PERSONAL]';
comment on column fostering_sg_assessment.obligation_id is 'The open timescale obligation for the report [Sensitivity: NONE]';
comment on column fostering_sg_assessment.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column fostering_sg_assessment.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column fostering_sg_assessment.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column fostering_sg_assessment.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column fostering_sg_assessment.version is 'Optimistic lock [Sensitivity: NONE]';
create index fostering_sg_child on fostering_sg_assessment (child_id);
