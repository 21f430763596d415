create table cin_episode (
    id uuid primary key,
    child_id uuid not null,
    referral_date date not null,
    source varchar(10) not null,
    primary_need varchar(2),
    status varchar(20) not null,
    ready_to_close boolean not null,
    suggested_reason varchar(3),
    assessment_id uuid,
    assessment_completed_on date,
    plan_needed boolean not null,
    closed_on date,
    closure_reason varchar(3),
    opened_at timestamp with time zone not null,
    version bigint not null default 0
);
create index cin_episode_child on cin_episode (child_id, referral_date);
comment on table cin_episode is 'Episodes of need (CIN census CINdetails), from referral to authorised closure';
comment on column cin_episode.id is 'Identifier [Sensitivity: NONE]';
comment on column cin_episode.child_id is 'The child in need [Sensitivity: PERSONAL]';
comment on column cin_episode.referral_date is 'Date of the referral that opened the episode (CINreferralDate) [Sensitivity: PERSONAL]';
comment on column cin_episode.source is 'DfE referral source code of that referral (ReferralSource) [Sensitivity: NONE]';
comment on column cin_episode.primary_need is 'DfE primary need code N0-N9 (PrimaryNeedCode) [Sensitivity: SPECIAL-CATEGORY]';
comment on column cin_episode.status is 'Open, closure proposed or closed [Sensitivity: NONE]';
comment on column cin_episode.ready_to_close is 'An assessment or review concluded the episode can close [Sensitivity: PERSONAL]';
comment on column cin_episode.suggested_reason is 'Reason for closure to pre-fill on the closure form [Sensitivity: PERSONAL]';
comment on column cin_episode.assessment_id is 'The authorised assessment on the episode, if any [Sensitivity: NONE]';
comment on column cin_episode.assessment_completed_on is 'When that assessment was completed [Sensitivity: PERSONAL]';
comment on column cin_episode.plan_needed is 'The assessment concluded a child in need plan is needed [Sensitivity: SPECIAL-CATEGORY]';
comment on column cin_episode.closed_on is 'Date the episode closed (CINclosureDate) [Sensitivity: PERSONAL]';
comment on column cin_episode.closure_reason is 'DfE reason for closure RC1-RC9 (ReasonForClosure) [Sensitivity: SPECIAL-CATEGORY]';
comment on column cin_episode.opened_at is 'When the episode was opened in Hearth [Sensitivity: NONE]';
comment on column cin_episode.version is 'Optimistic lock [Sensitivity: NONE]';

create table cin_episode_referral (
    id uuid primary key,
    episode_id uuid not null references cin_episode (id),
    referral_id uuid not null,
    referral_date date not null,
    source varchar(10) not null,
    re_referral boolean not null,
    joined boolean not null,
    recorded_at timestamp with time zone not null,
    version bigint not null default 0,
    constraint cin_episode_referral_once unique (referral_id)
);
create index cin_episode_referral_episode on cin_episode_referral (episode_id);
comment on table cin_episode_referral is 'Referrals on an episode of need: the one that opened it and any that joined it';
comment on column cin_episode_referral.id is 'Identifier [Sensitivity: NONE]';
comment on column cin_episode_referral.episode_id is 'The episode [Sensitivity: NONE]';
comment on column cin_episode_referral.referral_id is 'The front door referral [Sensitivity: NONE]';
comment on column cin_episode_referral.referral_date is 'Date of the referral [Sensitivity: PERSONAL]';
comment on column cin_episode_referral.source is 'DfE referral source code [Sensitivity: NONE]';
comment on column cin_episode_referral.re_referral is 'Within 12 months of a previous referral [Sensitivity: PERSONAL]';
comment on column cin_episode_referral.joined is 'The referral joined an episode already open [Sensitivity: NONE]';
comment on column cin_episode_referral.recorded_at is 'When it was recorded on the episode [Sensitivity: NONE]';
comment on column cin_episode_referral.version is 'Optimistic lock [Sensitivity: NONE]';

create table cin_plan (
    id uuid primary key,
    episode_id uuid not null references cin_episode (id),
    child_id uuid not null,
    start_date date not null,
    end_date date,
    end_reason varchar(200),
    created_by varchar(100) not null,
    created_at timestamp with time zone not null,
    version bigint not null default 0
);
create index cin_plan_episode on cin_plan (episode_id);
comment on table cin_plan is 'Child in need plans (CIN census CINPlanDates)';
comment on column cin_plan.id is 'Identifier [Sensitivity: NONE]';
comment on column cin_plan.episode_id is 'The episode of need [Sensitivity: NONE]';
comment on column cin_plan.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column cin_plan.start_date is 'Date of the first plan meeting (CINPlanStartDate) [Sensitivity: PERSONAL]';
comment on column cin_plan.end_date is 'Date the plan ended (CINPlanEndDate) [Sensitivity: PERSONAL]';
comment on column cin_plan.end_reason is 'Why the plan ended [Sensitivity: PERSONAL]';
comment on column cin_plan.created_by is 'Who started the plan [Sensitivity: PERSONAL]';
comment on column cin_plan.created_at is 'When the plan was recorded [Sensitivity: NONE]';
comment on column cin_plan.version is 'Optimistic lock [Sensitivity: NONE]';

create table cin_need (
    id uuid primary key,
    plan_id uuid not null references cin_plan (id),
    description varchar(2000) not null,
    created_by varchar(100) not null,
    created_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index cin_need_plan on cin_need (plan_id);
comment on table cin_need is 'The child''s needs a child in need plan addresses';
comment on column cin_need.id is 'Identifier [Sensitivity: NONE]';
comment on column cin_need.plan_id is 'The plan [Sensitivity: NONE]';
comment on column cin_need.description is 'The need in plain words [Sensitivity: SPECIAL-CATEGORY]';
comment on column cin_need.created_by is 'Who added it [Sensitivity: PERSONAL]';
comment on column cin_need.created_at is 'When it was added [Sensitivity: NONE]';
comment on column cin_need.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column cin_need.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column cin_need.version is 'Optimistic lock [Sensitivity: NONE]';

create table cin_action (
    id uuid primary key,
    need_id uuid not null references cin_need (id),
    plan_id uuid not null references cin_plan (id),
    what varchar(2000) not null,
    who varchar(200) not null,
    by_when date not null,
    status varchar(20) not null,
    created_by varchar(100) not null,
    created_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index cin_action_plan on cin_action (plan_id);
comment on table cin_action is 'Actions on a child in need plan meeting a need';
comment on column cin_action.id is 'Identifier [Sensitivity: NONE]';
comment on column cin_action.need_id is 'The need the action meets [Sensitivity: NONE]';
comment on column cin_action.plan_id is 'The plan [Sensitivity: NONE]';
comment on column cin_action.what is 'What is to be done [Sensitivity: SPECIAL-CATEGORY]';
comment on column cin_action.who is 'Who is to do it [Sensitivity: PERSONAL]';
comment on column cin_action.by_when is 'By when [Sensitivity: PERSONAL]';
comment on column cin_action.status is 'Not started, on track, off track or done, as last recorded [Sensitivity: PERSONAL]';
comment on column cin_action.created_by is 'Who added it [Sensitivity: PERSONAL]';
comment on column cin_action.created_at is 'When it was added [Sensitivity: NONE]';
comment on column cin_action.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column cin_action.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column cin_action.version is 'Optimistic lock [Sensitivity: NONE]';

create table cin_review (
    id uuid primary key,
    episode_id uuid not null references cin_episode (id),
    plan_id uuid not null references cin_plan (id),
    child_id uuid not null,
    review_date date not null,
    child_views varchar(4000) not null,
    decision varchar(40) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index cin_review_episode on cin_review (episode_id);
comment on table cin_review is 'Child in need plan reviews';
comment on column cin_review.id is 'Identifier [Sensitivity: NONE]';
comment on column cin_review.episode_id is 'The episode of need [Sensitivity: NONE]';
comment on column cin_review.plan_id is 'The plan reviewed [Sensitivity: NONE]';
comment on column cin_review.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column cin_review.review_date is 'Date the review was held [Sensitivity: PERSONAL]';
comment on column cin_review.child_views is 'The child''s views [Sensitivity: SPECIAL-CATEGORY]';
comment on column cin_review.decision is 'Continue the plan, close, or step up to child protection [Sensitivity: SPECIAL-CATEGORY]';
comment on column cin_review.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column cin_review.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column cin_review.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column cin_review.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column cin_review.version is 'Optimistic lock [Sensitivity: NONE]';

create table cin_review_attendee (
    id uuid primary key,
    review_id uuid not null references cin_review (id),
    position integer not null,
    name varchar(200) not null,
    agency_role varchar(200) not null,
    attended boolean not null,
    version bigint not null default 0
);
create index cin_review_attendee_review on cin_review_attendee (review_id);
comment on table cin_review_attendee is 'Who was invited to a child in need review';
comment on column cin_review_attendee.id is 'Identifier [Sensitivity: NONE]';
comment on column cin_review_attendee.review_id is 'The review [Sensitivity: NONE]';
comment on column cin_review_attendee.position is 'Order on the review [Sensitivity: NONE]';
comment on column cin_review_attendee.name is 'The person''s name [Sensitivity: PERSONAL]';
comment on column cin_review_attendee.agency_role is 'Their agency or role [Sensitivity: PERSONAL]';
comment on column cin_review_attendee.attended is 'Attended, or sent apologies [Sensitivity: PERSONAL]';
comment on column cin_review_attendee.version is 'Optimistic lock [Sensitivity: NONE]';

create table cin_action_progress (
    id uuid primary key,
    action_id uuid not null references cin_action (id),
    progress_date date not null,
    status varchar(20) not null,
    note varchar(2000),
    review_id uuid references cin_review (id),
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    version bigint not null default 0
);
create index cin_action_progress_action on cin_action_progress (action_id);
comment on table cin_action_progress is 'Progress recorded against plan actions over time';
comment on column cin_action_progress.id is 'Identifier [Sensitivity: NONE]';
comment on column cin_action_progress.action_id is 'The action [Sensitivity: NONE]';
comment on column cin_action_progress.progress_date is 'Date of the progress [Sensitivity: PERSONAL]';
comment on column cin_action_progress.status is 'Not started, on track, off track or done [Sensitivity: PERSONAL]';
comment on column cin_action_progress.note is 'What has happened [Sensitivity: SPECIAL-CATEGORY]';
comment on column cin_action_progress.review_id is 'The review it was recorded at, if any [Sensitivity: NONE]';
comment on column cin_action_progress.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column cin_action_progress.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column cin_action_progress.version is 'Optimistic lock [Sensitivity: NONE]';

create table cin_visit (
    id uuid primary key,
    episode_id uuid not null references cin_episode (id),
    child_id uuid not null,
    visit_date date not null,
    seen boolean not null,
    seen_alone boolean not null,
    wishes_and_feelings varchar(4000) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index cin_visit_episode on cin_visit (episode_id);
comment on table cin_visit is 'Visits to children in need';
comment on column cin_visit.id is 'Identifier [Sensitivity: NONE]';
comment on column cin_visit.episode_id is 'The episode of need [Sensitivity: NONE]';
comment on column cin_visit.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column cin_visit.visit_date is 'Date of the visit [Sensitivity: PERSONAL]';
comment on column cin_visit.seen is 'The child was seen [Sensitivity: PERSONAL]';
comment on column cin_visit.seen_alone is 'The child was seen alone [Sensitivity: PERSONAL]';
comment on column cin_visit.wishes_and_feelings is 'The child''s wishes and feelings in their own words [Sensitivity: SPECIAL-CATEGORY]';
comment on column cin_visit.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column cin_visit.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column cin_visit.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column cin_visit.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column cin_visit.version is 'Optimistic lock [Sensitivity: NONE]';

create table cin_closure (
    id uuid primary key,
    episode_id uuid not null references cin_episode (id),
    child_id uuid not null,
    reason varchar(3) not null,
    summary varchar(4000) not null,
    risks_considered varchar(4000) not null,
    without_assessment boolean not null,
    status varchar(20) not null,
    proposed_by varchar(100) not null,
    proposed_at timestamp with time zone not null,
    decided_by varchar(100),
    decided_at timestamp with time zone,
    return_reason varchar(2000),
    closed_on date,
    step_down boolean not null,
    reopened_by varchar(100),
    reopened_at timestamp with time zone,
    reopened_on date,
    reopen_reason varchar(2000),
    version bigint not null default 0
);
create index cin_closure_episode on cin_closure (episode_id);
create index cin_closure_child on cin_closure (child_id, status, closed_on);
create index cin_closure_status on cin_closure (status, proposed_at);
comment on table cin_closure is 'Closure proposals for episodes of need and the manager''s answer; reopenings are added, never overwritten';
comment on column cin_closure.id is 'Identifier [Sensitivity: NONE]';
comment on column cin_closure.episode_id is 'The episode [Sensitivity: NONE]';
comment on column cin_closure.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column cin_closure.reason is 'DfE reason for closure RC1-RC9 [Sensitivity: SPECIAL-CATEGORY]';
comment on column cin_closure.summary is 'Closure summary [Sensitivity: SPECIAL-CATEGORY]';
comment on column cin_closure.risks_considered is 'The risks considered before closing [Sensitivity: SPECIAL-CATEGORY]';
comment on column cin_closure.without_assessment is 'RC8 or RC9 with no assessment on the episode (DfE query 8825Q) [Sensitivity: NONE]';
comment on column cin_closure.status is 'Proposed, returned or authorised [Sensitivity: NONE]';
comment on column cin_closure.proposed_by is 'Worker who proposed it [Sensitivity: PERSONAL]';
comment on column cin_closure.proposed_at is 'When it was proposed [Sensitivity: NONE]';
comment on column cin_closure.decided_by is 'Manager who authorised or returned it [Sensitivity: PERSONAL]';
comment on column cin_closure.decided_at is 'When the manager decided [Sensitivity: NONE]';
comment on column cin_closure.return_reason is 'Why the manager returned it [Sensitivity: PERSONAL]';
comment on column cin_closure.closed_on is 'Closure date when authorised [Sensitivity: PERSONAL]';
comment on column cin_closure.step_down is 'The family is stepped down to early help [Sensitivity: PERSONAL]';
comment on column cin_closure.reopened_by is 'Manager who reopened the episode [Sensitivity: PERSONAL]';
comment on column cin_closure.reopened_at is 'When it was reopened [Sensitivity: NONE]';
comment on column cin_closure.reopened_on is 'Date it was reopened [Sensitivity: PERSONAL]';
comment on column cin_closure.reopen_reason is 'Why it was reopened [Sensitivity: PERSONAL]';
comment on column cin_closure.version is 'Optimistic lock [Sensitivity: NONE]';
