create table missing_episode (
    id uuid primary key,
    child_id uuid not null,
    kind varchar(10) not null,
    from_care boolean not null,
    started_at timestamp with time zone not null,
    circumstances text,
    reported_to_police boolean not null,
    police_reference varchar(50),
    ended_at timestamp with time zone,
    where_found varchar(500),
    return_notes text,
    interview_status varchar(20) not null,
    interview_obligation_id uuid,
    offered_at timestamp with time zone,
    offered_by varchar(100),
    declined_reason varchar(2000),
    held_at timestamp with time zone,
    held_by varchar(200),
    push_factors text,
    pull_factors text,
    exploitation_concerns varchar(200),
    findings text,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    corrected_by varchar(100),
    correction_reason varchar(2000),
    voided boolean not null,
    void_reason varchar(2000),
    version bigint not null default 0
);
create index missing_episode_child on missing_episode (child_id, started_at);
create index missing_episode_started on missing_episode (started_at);
comment on table missing_episode is 'Missing and away episodes (SSDA903 missing table for children in care) and the return interview';
comment on column missing_episode.id is 'Identifier [Sensitivity: NONE]';
comment on column missing_episode.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column missing_episode.kind is 'Missing or away without authorisation (SSDA903 MISSING M or A) [Sensitivity: PERSONAL]';
comment on column missing_episode.from_care is 'The child was looked after when the episode started [Sensitivity: PERSONAL]';
comment on column missing_episode.started_at is 'When the child went missing (MIS_START) [Sensitivity: PERSONAL]';
comment on column missing_episode.circumstances is 'Circumstances of going missing [Sensitivity: SPECIAL-CATEGORY]';
comment on column missing_episode.reported_to_police is 'Reported to the police [Sensitivity: PERSONAL]';
comment on column missing_episode.police_reference is 'Police reference for the report [Sensitivity: PERSONAL]';
comment on column missing_episode.ended_at is 'When the child returned or was found (MIS_END) [Sensitivity: PERSONAL]';
comment on column missing_episode.where_found is 'Where the child was found [Sensitivity: SPECIAL-CATEGORY]';
comment on column missing_episode.return_notes is 'How the child returned [Sensitivity: SPECIAL-CATEGORY]';
comment on column missing_episode.interview_status is 'Return interview: not offered, offered, declined or held [Sensitivity: PERSONAL]';
comment on column missing_episode.interview_obligation_id is 'The 72 hour return interview obligation [Sensitivity: NONE]';
comment on column missing_episode.offered_at is 'When the return interview was offered [Sensitivity: PERSONAL]';
comment on column missing_episode.offered_by is 'Who offered the return interview [Sensitivity: PERSONAL]';
comment on column missing_episode.declined_reason is 'Why the child declined the interview [Sensitivity: SPECIAL-CATEGORY]';
comment on column missing_episode.held_at is 'When the return interview was held [Sensitivity: PERSONAL]';
comment on column missing_episode.held_by is 'Who held the return interview (independent person) [Sensitivity: PERSONAL]';
comment on column missing_episode.push_factors is 'What pushed the child away [Sensitivity: SPECIAL-CATEGORY]';
comment on column missing_episode.pull_factors is 'What pulled the child away [Sensitivity: SPECIAL-CATEGORY]';
comment on column missing_episode.exploitation_concerns is 'Exploitation concerns the interview found [Sensitivity: SPECIAL-CATEGORY]';
comment on column missing_episode.findings is 'What the interview found and what happens next [Sensitivity: SPECIAL-CATEGORY]';
comment on column missing_episode.recorded_by is 'Who reported the episode in Hearth [Sensitivity: PERSONAL]';
comment on column missing_episode.recorded_at is 'When it was reported in Hearth [Sensitivity: NONE]';
comment on column missing_episode.corrected_by is 'Who last corrected the episode [Sensitivity: PERSONAL]';
comment on column missing_episode.correction_reason is 'Why it was last corrected [Sensitivity: PERSONAL]';
comment on column missing_episode.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column missing_episode.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column missing_episode.version is 'Optimistic lock [Sensitivity: NONE]';

create table missing_looked_after (
    id uuid primary key,
    child_id uuid not null,
    period_id uuid not null,
    start_date date not null,
    end_date date,
    version bigint not null default 0,
    constraint missing_looked_after_once unique (period_id)
);
create index missing_looked_after_child on missing_looked_after (child_id);
comment on table missing_looked_after is 'Periods of care as children in care publishes them, to tell episodes from care from those from home';
comment on column missing_looked_after.id is 'Identifier [Sensitivity: NONE]';
comment on column missing_looked_after.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column missing_looked_after.period_id is 'The period of care [Sensitivity: NONE]';
comment on column missing_looked_after.start_date is 'Started to be looked after [Sensitivity: PERSONAL]';
comment on column missing_looked_after.end_date is 'Ceased to be looked after [Sensitivity: PERSONAL]';
comment on column missing_looked_after.version is 'Optimistic lock [Sensitivity: NONE]';

create table exploitation_screening (
    id uuid primary key,
    child_id uuid not null,
    screened_on date not null,
    tool varchar(200) not null,
    concerns varchar(200) not null,
    level varchar(20) not null,
    summary text not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null,
    void_reason varchar(2000),
    version bigint not null default 0
);
create index exploitation_screening_child on exploitation_screening (child_id, screened_on);
comment on table exploitation_screening is 'Screenings for risk outside the home (exploitation)';
comment on column exploitation_screening.id is 'Identifier [Sensitivity: NONE]';
comment on column exploitation_screening.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column exploitation_screening.screened_on is 'Date of the screening [Sensitivity: PERSONAL]';
comment on column exploitation_screening.tool is 'The screening tool used [Sensitivity: NONE]';
comment on column exploitation_screening.concerns is 'Concerns found (sexual, criminal, trafficking, gangs, online, radicalisation) [Sensitivity: SPECIAL-CATEGORY]';
comment on column exploitation_screening.level is 'Level of risk the tool gave [Sensitivity: SPECIAL-CATEGORY]';
comment on column exploitation_screening.summary is 'What the screening found [Sensitivity: SPECIAL-CATEGORY]';
comment on column exploitation_screening.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column exploitation_screening.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column exploitation_screening.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column exploitation_screening.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column exploitation_screening.version is 'Optimistic lock [Sensitivity: NONE]';

create table exploitation_meeting (
    id uuid primary key,
    child_id uuid not null,
    held_on date not null,
    attendees text not null,
    decisions text not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null,
    void_reason varchar(2000),
    version bigint not null default 0
);
create index exploitation_meeting_child on exploitation_meeting (child_id, held_on);
comment on table exploitation_meeting is 'Multi-agency planning meetings about risk outside the home';
comment on column exploitation_meeting.id is 'Identifier [Sensitivity: NONE]';
comment on column exploitation_meeting.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column exploitation_meeting.held_on is 'Date of the meeting [Sensitivity: PERSONAL]';
comment on column exploitation_meeting.attendees is 'Who attended and from which agencies [Sensitivity: PERSONAL]';
comment on column exploitation_meeting.decisions is 'What the meeting decided [Sensitivity: SPECIAL-CATEGORY]';
comment on column exploitation_meeting.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column exploitation_meeting.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column exploitation_meeting.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column exploitation_meeting.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column exploitation_meeting.version is 'Optimistic lock [Sensitivity: NONE]';

create table exploitation_safety_plan (
    id uuid primary key,
    child_id uuid not null,
    agreed_on date not null,
    plan text not null,
    ended_on date,
    review_obligation_id uuid,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    version bigint not null default 0
);
create index exploitation_safety_plan_child on exploitation_safety_plan (child_id, agreed_on);
comment on table exploitation_safety_plan is 'Safety plans for risk outside the home, reviewed until they end';
comment on column exploitation_safety_plan.id is 'Identifier [Sensitivity: NONE]';
comment on column exploitation_safety_plan.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column exploitation_safety_plan.agreed_on is 'Date the plan was agreed [Sensitivity: PERSONAL]';
comment on column exploitation_safety_plan.plan is 'What keeps the child safe and who does what [Sensitivity: SPECIAL-CATEGORY]';
comment on column exploitation_safety_plan.ended_on is 'Date a review ended the plan [Sensitivity: PERSONAL]';
comment on column exploitation_safety_plan.review_obligation_id is 'The open review obligation [Sensitivity: NONE]';
comment on column exploitation_safety_plan.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column exploitation_safety_plan.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column exploitation_safety_plan.version is 'Optimistic lock [Sensitivity: NONE]';

create table exploitation_plan_review (
    id uuid primary key,
    plan_id uuid not null references exploitation_safety_plan (id),
    child_id uuid not null,
    reviewed_on date not null,
    notes text not null,
    continues boolean not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    version bigint not null default 0
);
create index exploitation_plan_review_plan on exploitation_plan_review (plan_id, reviewed_on);
comment on table exploitation_plan_review is 'Reviews of a safety plan for risk outside the home';
comment on column exploitation_plan_review.id is 'Identifier [Sensitivity: NONE]';
comment on column exploitation_plan_review.plan_id is 'The safety plan [Sensitivity: NONE]';
comment on column exploitation_plan_review.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column exploitation_plan_review.reviewed_on is 'Date of the review [Sensitivity: PERSONAL]';
comment on column exploitation_plan_review.notes is 'What the review found [Sensitivity: SPECIAL-CATEGORY]';
comment on column exploitation_plan_review.continues is 'The plan continues after the review [Sensitivity: PERSONAL]';
comment on column exploitation_plan_review.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column exploitation_plan_review.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column exploitation_plan_review.version is 'Optimistic lock [Sensitivity: NONE]';
