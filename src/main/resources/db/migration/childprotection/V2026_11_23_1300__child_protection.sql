create table cp_strategy_discussion (
    id uuid primary key,
    child_id uuid not null,
    trigger_kind varchar(20) not null,
    source_id uuid,
    referral_id uuid,
    concern varchar(4000) not null,
    concern_at timestamp with time zone not null,
    status varchar(20) not null,
    kind varchar(20),
    held_at timestamp with time zone,
    att_police varchar(1000),
    att_health varchar(1000),
    att_education varchar(1000),
    att_social_care varchar(1000),
    att_others varchar(1000),
    information_shared varchar(4000),
    decisions varchar(4000),
    section47 boolean,
    outcome_reason varchar(2000),
    obligation_id uuid,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    held_recorded_by varchar(100),
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index cp_strategy_discussion_child on cp_strategy_discussion (child_id);
comment on table cp_strategy_discussion is 'Strategy discussions or meetings: when the concern arose, when held, who took part and the outcome';
comment on column cp_strategy_discussion.id is 'Identifier [Sensitivity: NONE]';
comment on column cp_strategy_discussion.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column cp_strategy_discussion.trigger_kind is 'What raised the need: a contact decision, an assessment or an open case [Sensitivity: NONE]';
comment on column cp_strategy_discussion.source_id is 'The contact or assessment that raised the need [Sensitivity: NONE]';
comment on column cp_strategy_discussion.referral_id is 'The referral the contact decision made, if any [Sensitivity: NONE]';
comment on column cp_strategy_discussion.concern is 'The concern that needs a strategy discussion [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_strategy_discussion.concern_at is 'When the concern arose (reasonable cause to suspect significant harm) [Sensitivity: PERSONAL]';
comment on column cp_strategy_discussion.status is 'Needed or held [Sensitivity: NONE]';
comment on column cp_strategy_discussion.kind is 'A discussion or a meeting [Sensitivity: NONE]';
comment on column cp_strategy_discussion.held_at is 'When it was held [Sensitivity: PERSONAL]';
comment on column cp_strategy_discussion.att_police is 'Who attended from the police [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_strategy_discussion.att_health is 'Who attended from health [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_strategy_discussion.att_education is 'Who attended from education [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_strategy_discussion.att_social_care is 'Who attended from children''s social care [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_strategy_discussion.att_others is 'Who else attended, with their agency [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_strategy_discussion.information_shared is 'Information shared between agencies [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_strategy_discussion.decisions is 'Decisions made [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_strategy_discussion.section47 is 'Whether a section 47 enquiry is to start [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_strategy_discussion.outcome_reason is 'Why a section 47 enquiry is or is not needed [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_strategy_discussion.obligation_id is 'The strategy-discussion obligation it opened [Sensitivity: NONE]';
comment on column cp_strategy_discussion.recorded_by is 'Who recorded the need [Sensitivity: PERSONAL]';
comment on column cp_strategy_discussion.recorded_at is 'When the need was recorded [Sensitivity: NONE]';
comment on column cp_strategy_discussion.held_recorded_by is 'Who recorded the discussion [Sensitivity: PERSONAL]';
comment on column cp_strategy_discussion.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column cp_strategy_discussion.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column cp_strategy_discussion.version is 'Optimistic lock [Sensitivity: NONE]';

create table cp_action (
    id uuid primary key,
    child_id uuid not null,
    parent_kind varchar(20) not null,
    parent_id uuid not null,
    description varchar(1000) not null,
    owner varchar(200) not null,
    created_by varchar(100) not null,
    created_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index cp_action_parent on cp_action (parent_id);
comment on table cp_action is 'Actions with owners agreed at a strategy discussion or in a child protection plan';
comment on column cp_action.id is 'Identifier [Sensitivity: NONE]';
comment on column cp_action.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column cp_action.parent_kind is 'Strategy discussion or plan [Sensitivity: NONE]';
comment on column cp_action.parent_id is 'The strategy discussion or plan the action belongs to [Sensitivity: NONE]';
comment on column cp_action.description is 'What is to be done [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_action.owner is 'Who is responsible for it [Sensitivity: PERSONAL]';
comment on column cp_action.created_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column cp_action.created_at is 'When it was recorded [Sensitivity: NONE]';
comment on column cp_action.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column cp_action.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column cp_action.version is 'Optimistic lock [Sensitivity: NONE]';

create table cp_enquiry (
    id uuid primary key,
    child_id uuid not null,
    strategy_discussion_id uuid not null,
    start_date date not null,
    status varchar(30) not null,
    child_seen boolean,
    seen_alone boolean,
    seen_on date,
    findings varchar(4000),
    outcome varchar(40),
    outcome_reason varchar(2000),
    outcome_by varchar(100),
    outcome_at timestamp with time zone,
    authorised_by varchar(100),
    authorised_at timestamp with time zone,
    obligation_id uuid,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index cp_enquiry_child on cp_enquiry (child_id);
comment on table cp_enquiry is 'Section 47 enquiries, started by a strategy discussion';
comment on column cp_enquiry.id is 'Identifier [Sensitivity: NONE]';
comment on column cp_enquiry.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column cp_enquiry.strategy_discussion_id is 'The strategy discussion that initiated the enquiry [Sensitivity: NONE]';
comment on column cp_enquiry.start_date is 'Start of the enquiry (CIN census S47ActualStartDate): the initiating strategy discussion [Sensitivity: PERSONAL]';
comment on column cp_enquiry.status is 'Open, awaiting authorisation or authorised [Sensitivity: NONE]';
comment on column cp_enquiry.child_seen is 'Whether the child was seen [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_enquiry.seen_alone is 'Whether the child was seen alone [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_enquiry.seen_on is 'When the child was seen [Sensitivity: PERSONAL]';
comment on column cp_enquiry.findings is 'What the enquiry found [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_enquiry.outcome is 'Conference needed, not needed, or continue as a child in need [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_enquiry.outcome_reason is 'Why, when no conference is needed [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_enquiry.outcome_by is 'Who recorded the outcome [Sensitivity: PERSONAL]';
comment on column cp_enquiry.outcome_at is 'When the outcome was recorded [Sensitivity: NONE]';
comment on column cp_enquiry.authorised_by is 'Manager who authorised the outcome [Sensitivity: PERSONAL]';
comment on column cp_enquiry.authorised_at is 'When it was authorised [Sensitivity: NONE]';
comment on column cp_enquiry.obligation_id is 'The initial conference obligation its authorisation opened [Sensitivity: NONE]';
comment on column cp_enquiry.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column cp_enquiry.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column cp_enquiry.version is 'Optimistic lock [Sensitivity: NONE]';

create table cp_disagreement (
    id uuid primary key,
    child_id uuid not null,
    raised_on date not null,
    agencies varchar(500) not null,
    about varchar(4000) not null,
    escalation varchar(4000) not null,
    status varchar(20) not null,
    resolved_on date,
    resolution varchar(4000),
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index cp_disagreement_child on cp_disagreement (child_id);
comment on table cp_disagreement is 'Disagreements between agencies about the level of risk, how escalated and resolved';
comment on column cp_disagreement.id is 'Identifier [Sensitivity: NONE]';
comment on column cp_disagreement.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column cp_disagreement.raised_on is 'When the disagreement was raised [Sensitivity: PERSONAL]';
comment on column cp_disagreement.agencies is 'The agencies that disagree [Sensitivity: PERSONAL]';
comment on column cp_disagreement.about is 'What the disagreement about the level of risk is [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_disagreement.escalation is 'How it was escalated, and to whom [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_disagreement.status is 'Open or resolved [Sensitivity: NONE]';
comment on column cp_disagreement.resolved_on is 'When it was resolved [Sensitivity: PERSONAL]';
comment on column cp_disagreement.resolution is 'How it was resolved [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_disagreement.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column cp_disagreement.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column cp_disagreement.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column cp_disagreement.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column cp_disagreement.version is 'Optimistic lock [Sensitivity: NONE]';

create table cp_conference (
    id uuid primary key,
    child_id uuid not null,
    kind varchar(20) not null,
    pre_birth boolean not null,
    enquiry_id uuid,
    plan_id uuid,
    held_on date not null,
    att_police varchar(1000),
    att_health varchar(1000),
    att_education varchar(1000),
    att_social_care varchar(1000),
    att_others varchar(1000),
    parents_attendance varchar(30) not null,
    child_views varchar(4000) not null,
    advocate_offered boolean not null,
    advocate_declined boolean not null,
    chair varchar(100) not null,
    decision varchar(20) not null,
    category varchar(3),
    end_reason varchar(40),
    continues_cin boolean,
    summary varchar(4000),
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index cp_conference_child on cp_conference (child_id);
comment on table cp_conference is 'Initial (including pre-birth) and review child protection conferences';
comment on column cp_conference.id is 'Identifier [Sensitivity: NONE]';
comment on column cp_conference.child_id is 'The child (or unborn child) [Sensitivity: PERSONAL]';
comment on column cp_conference.kind is 'Initial or review [Sensitivity: NONE]';
comment on column cp_conference.pre_birth is 'Held before the child was born [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_conference.enquiry_id is 'The section 47 enquiry an initial conference follows [Sensitivity: NONE]';
comment on column cp_conference.plan_id is 'The plan a review conference reviews, or an initial conference started [Sensitivity: NONE]';
comment on column cp_conference.held_on is 'Date of the conference (CIN census DateOfInitialCPC / CPPreviewDate) [Sensitivity: PERSONAL]';
comment on column cp_conference.att_police is 'Who attended from the police [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_conference.att_health is 'Who attended from health [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_conference.att_education is 'Who attended from education [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_conference.att_social_care is 'Who attended from children''s social care [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_conference.att_others is 'Who else attended, with their agency [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_conference.parents_attendance is 'Whether the parents attended [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_conference.child_views is 'The child''s views, and how they were given [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_conference.advocate_offered is 'Whether the child was offered an advocate [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_conference.advocate_declined is 'Whether the child opted out of an advocate [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_conference.chair is 'The chair (a user with CHAIR_CONFERENCE) [Sensitivity: PERSONAL]';
comment on column cp_conference.decision is 'Plan or no plan; continue or end the plan [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_conference.category is 'Category of abuse (NEG, PHY, SAB, EMO, MUL) [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_conference.end_reason is 'Why the plan ends [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_conference.continues_cin is 'Whether the child continues as a child in need after the plan ends [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_conference.summary is 'The chair''s summary [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_conference.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column cp_conference.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column cp_conference.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column cp_conference.version is 'Optimistic lock [Sensitivity: NONE]';

create table cp_plan (
    id uuid primary key,
    child_id uuid not null,
    conference_id uuid not null,
    start_date date not null,
    pre_birth boolean not null,
    born_on date,
    initial_category varchar(3) not null,
    latest_category varchar(3) not null,
    previous_plans integer not null,
    previous_within_two_years boolean not null,
    status varchar(20) not null,
    end_date date,
    end_reason varchar(40),
    continues_cin boolean,
    ended_by varchar(100),
    created_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index cp_plan_child on cp_plan (child_id);
comment on table cp_plan is 'Child protection plans (CIN census CPPstartDate, InitialCategoryOfAbuse, LatestCategoryOfAbuse, NumberOfPreviousCPP, CPPendDate)';
comment on column cp_plan.id is 'Identifier [Sensitivity: NONE]';
comment on column cp_plan.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column cp_plan.conference_id is 'The initial conference that started the plan [Sensitivity: NONE]';
comment on column cp_plan.start_date is 'Start of the plan [Sensitivity: PERSONAL]';
comment on column cp_plan.pre_birth is 'Started at a pre-birth conference [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_plan.born_on is 'Date of birth, when a pre-birth plan''s child is born [Sensitivity: PERSONAL]';
comment on column cp_plan.initial_category is 'Initial category of abuse [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_plan.latest_category is 'Latest category of abuse [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_plan.previous_plans is 'Number of the child''s earlier plans [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_plan.previous_within_two_years is 'An earlier plan ended within two years before this one started [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_plan.status is 'Active or ended [Sensitivity: NONE]';
comment on column cp_plan.end_date is 'End of the plan [Sensitivity: PERSONAL]';
comment on column cp_plan.end_reason is 'Why the plan ended [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_plan.continues_cin is 'Whether the child continues as a child in need [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_plan.ended_by is 'Who ended it [Sensitivity: PERSONAL]';
comment on column cp_plan.created_at is 'When it was recorded [Sensitivity: NONE]';
comment on column cp_plan.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column cp_plan.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column cp_plan.version is 'Optimistic lock [Sensitivity: NONE]';

create table cp_core_group (
    id uuid primary key,
    plan_id uuid not null,
    child_id uuid not null,
    held_on date not null,
    att_police varchar(1000),
    att_health varchar(1000),
    att_education varchar(1000),
    att_social_care varchar(1000),
    att_others varchar(1000),
    notes varchar(4000),
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index cp_core_group_plan on cp_core_group (plan_id);
comment on table cp_core_group is 'Core group meetings of a child protection plan';
comment on column cp_core_group.id is 'Identifier [Sensitivity: NONE]';
comment on column cp_core_group.plan_id is 'The plan [Sensitivity: NONE]';
comment on column cp_core_group.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column cp_core_group.held_on is 'Date of the meeting [Sensitivity: PERSONAL]';
comment on column cp_core_group.att_police is 'Who attended from the police [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_core_group.att_health is 'Who attended from health [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_core_group.att_education is 'Who attended from education [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_core_group.att_social_care is 'Who attended from children''s social care [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_core_group.att_others is 'Who else attended, with their agency [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_core_group.notes is 'What the core group noted [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_core_group.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column cp_core_group.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column cp_core_group.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column cp_core_group.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column cp_core_group.version is 'Optimistic lock [Sensitivity: NONE]';

create table cp_action_progress (
    id uuid primary key,
    core_group_id uuid not null,
    action_id uuid not null,
    rating varchar(20) not null,
    progress varchar(2000) not null,
    version bigint not null default 0
);
create index cp_action_progress_core_group on cp_action_progress (core_group_id);
comment on table cp_action_progress is 'Progress against each plan action at a core group';
comment on column cp_action_progress.id is 'Identifier [Sensitivity: NONE]';
comment on column cp_action_progress.core_group_id is 'The core group [Sensitivity: NONE]';
comment on column cp_action_progress.action_id is 'The plan action [Sensitivity: NONE]';
comment on column cp_action_progress.rating is 'How far it has got [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_action_progress.progress is 'What has happened [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_action_progress.version is 'Optimistic lock [Sensitivity: NONE]';

create table cp_visit (
    id uuid primary key,
    plan_id uuid not null,
    child_id uuid not null,
    visited_on date not null,
    child_seen boolean not null,
    seen_alone boolean not null,
    wishes varchar(4000) not null,
    notes varchar(4000),
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index cp_visit_plan on cp_visit (plan_id);
comment on table cp_visit is 'Child protection visits';
comment on column cp_visit.id is 'Identifier [Sensitivity: NONE]';
comment on column cp_visit.plan_id is 'The plan [Sensitivity: NONE]';
comment on column cp_visit.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column cp_visit.visited_on is 'Date of the visit [Sensitivity: PERSONAL]';
comment on column cp_visit.child_seen is 'Whether the child was seen [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_visit.seen_alone is 'Whether the child was seen alone [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_visit.wishes is 'The child''s wishes and feelings [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_visit.notes is 'What else was observed [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_visit.recorded_by is 'Who visited and recorded it [Sensitivity: PERSONAL]';
comment on column cp_visit.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column cp_visit.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column cp_visit.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column cp_visit.version is 'Optimistic lock [Sensitivity: NONE]';

create table cp_mid_point_review (
    id uuid primary key,
    plan_id uuid not null,
    child_id uuid not null,
    reviewed_on date not null,
    findings varchar(4000) not null,
    escalation_raised boolean not null,
    escalation varchar(4000),
    chair varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index cp_mid_point_review_plan on cp_mid_point_review (plan_id);
comment on table cp_mid_point_review is 'The conference chair''s mid-point reviews of a plan between conferences';
comment on column cp_mid_point_review.id is 'Identifier [Sensitivity: NONE]';
comment on column cp_mid_point_review.plan_id is 'The plan [Sensitivity: NONE]';
comment on column cp_mid_point_review.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column cp_mid_point_review.reviewed_on is 'Date of the review [Sensitivity: PERSONAL]';
comment on column cp_mid_point_review.findings is 'What the chair found [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_mid_point_review.escalation_raised is 'Whether the chair raised an escalation [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_mid_point_review.escalation is 'The escalation: what and to whom [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_mid_point_review.chair is 'The chair [Sensitivity: PERSONAL]';
comment on column cp_mid_point_review.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column cp_mid_point_review.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column cp_mid_point_review.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column cp_mid_point_review.version is 'Optimistic lock [Sensitivity: NONE]';

create table cp_protection_order (
    id uuid primary key,
    child_id uuid not null,
    kind varchar(30) not null,
    start_date date not null,
    end_date date,
    details varchar(2000) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index cp_protection_order_child on cp_protection_order (child_id);
comment on table cp_protection_order is 'Emergency protection orders and police protection';
comment on column cp_protection_order.id is 'Identifier [Sensitivity: NONE]';
comment on column cp_protection_order.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column cp_protection_order.kind is 'Emergency protection order or police protection [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_protection_order.start_date is 'When it started [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_protection_order.end_date is 'When it ended [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_protection_order.details is 'Circumstances [Sensitivity: SPECIAL-CATEGORY]';
comment on column cp_protection_order.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column cp_protection_order.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column cp_protection_order.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column cp_protection_order.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column cp_protection_order.version is 'Optimistic lock [Sensitivity: NONE]';
