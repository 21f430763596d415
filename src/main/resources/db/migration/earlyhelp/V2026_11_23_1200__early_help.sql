create table early_help_episode (
    id uuid primary key,
    child_id uuid not null,
    origin varchar(40) not null,
    origin_id uuid,
    reason varchar(4000) not null,
    started_on date not null,
    status varchar(20) not null,
    service_started_on date,
    lead_worker varchar(100),
    lead_name varchar(200),
    lead_agency varchar(200),
    lead_role varchar(200),
    lead_contact varchar(200),
    lead_from date,
    assessment_started_on date,
    assessment_completed_on date,
    assessment_completed_by varchar(200),
    assessment_summary varchar(4000),
    stepped_up_on date,
    step_up_reason varchar(4000),
    step_up_contact_id uuid,
    closed_on date,
    closure_outcome varchar(40),
    closure_note varchar(2000),
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index early_help_episode_child on early_help_episode (child_id, started_on);
create index early_help_episode_status on early_help_episode (status);
comment on table early_help_episode is 'Episodes of early help (family help) for a child';
comment on column early_help_episode.id is 'Identifier [Sensitivity: NONE]';
comment on column early_help_episode.child_id is 'The child receiving early help [Sensitivity: PERSONAL]';
comment on column early_help_episode.origin is 'How the episode began: front door, step-down from assessment or at closure, partner request [Sensitivity: PERSONAL]';
comment on column early_help_episode.origin_id is 'The contact, assessment or child in need episode it came from [Sensitivity: NONE]';
comment on column early_help_episode.reason is 'Why early help is offered [Sensitivity: SPECIAL-CATEGORY]';
comment on column early_help_episode.started_on is 'When the episode began [Sensitivity: PERSONAL]';
comment on column early_help_episode.status is 'Waiting, open, stepped up or closed [Sensitivity: PERSONAL]';
comment on column early_help_episode.service_started_on is 'When the service started for the family [Sensitivity: PERSONAL]';
comment on column early_help_episode.lead_worker is 'Username of the lead professional when a Hearth worker [Sensitivity: PERSONAL]';
comment on column early_help_episode.lead_name is 'Name of the lead professional [Sensitivity: PERSONAL]';
comment on column early_help_episode.lead_agency is 'Agency of the lead professional [Sensitivity: PERSONAL]';
comment on column early_help_episode.lead_role is 'Role of the lead professional [Sensitivity: PERSONAL]';
comment on column early_help_episode.lead_contact is 'How to reach the lead professional [Sensitivity: PERSONAL]';
comment on column early_help_episode.lead_from is 'Since when they are the lead professional [Sensitivity: PERSONAL]';
comment on column early_help_episode.assessment_started_on is 'Family help assessment start date [Sensitivity: PERSONAL]';
comment on column early_help_episode.assessment_completed_on is 'Family help assessment completion date [Sensitivity: PERSONAL]';
comment on column early_help_episode.assessment_completed_by is 'Who completed the family help assessment [Sensitivity: PERSONAL]';
comment on column early_help_episode.assessment_summary is 'What the family help assessment found [Sensitivity: SPECIAL-CATEGORY]';
comment on column early_help_episode.stepped_up_on is 'When the child was stepped up to social care [Sensitivity: PERSONAL]';
comment on column early_help_episode.step_up_reason is 'Why the child was stepped up [Sensitivity: SPECIAL-CATEGORY]';
comment on column early_help_episode.step_up_contact_id is 'The front-door contact the step-up recorded [Sensitivity: NONE]';
comment on column early_help_episode.closed_on is 'When the episode closed [Sensitivity: PERSONAL]';
comment on column early_help_episode.closure_outcome is 'The outcome at closure [Sensitivity: PERSONAL]';
comment on column early_help_episode.closure_note is 'A note on the closure [Sensitivity: SPECIAL-CATEGORY]';
comment on column early_help_episode.recorded_by is 'Who recorded the episode [Sensitivity: PERSONAL]';
comment on column early_help_episode.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column early_help_episode.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column early_help_episode.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column early_help_episode.version is 'Optimistic lock [Sensitivity: NONE]';

create table early_help_waiting (
    id uuid primary key,
    episode_id uuid not null references early_help_episode (id),
    child_id uuid not null,
    service varchar(200) not null,
    since date not null,
    priority varchar(10) not null,
    obligation_id uuid,
    last_check_in date,
    left_on date,
    left_because varchar(30),
    version bigint not null default 0
);
create index early_help_waiting_open on early_help_waiting (left_on, since);
create index early_help_waiting_episode on early_help_waiting (episode_id);
comment on table early_help_waiting is 'Families on the early help waiting list, and when and why they left it';
comment on column early_help_waiting.id is 'Identifier [Sensitivity: NONE]';
comment on column early_help_waiting.episode_id is 'The episode waiting for a service [Sensitivity: NONE]';
comment on column early_help_waiting.child_id is 'The child waiting [Sensitivity: PERSONAL]';
comment on column early_help_waiting.service is 'The service the family waits for [Sensitivity: PERSONAL]';
comment on column early_help_waiting.since is 'When the family joined the waiting list [Sensitivity: PERSONAL]';
comment on column early_help_waiting.priority is 'Priority on the waiting list [Sensitivity: PERSONAL]';
comment on column early_help_waiting.obligation_id is 'The open early-help-check-in obligation [Sensitivity: NONE]';
comment on column early_help_waiting.last_check_in is 'Date of the last check-in held [Sensitivity: PERSONAL]';
comment on column early_help_waiting.left_on is 'When the family left the waiting list [Sensitivity: PERSONAL]';
comment on column early_help_waiting.left_because is 'Service started, declined, stepped up or closed [Sensitivity: PERSONAL]';
comment on column early_help_waiting.version is 'Optimistic lock [Sensitivity: NONE]';

create table early_help_check_in (
    id uuid primary key,
    waiting_id uuid not null references early_help_waiting (id),
    episode_id uuid not null references early_help_episode (id),
    held_on date not null,
    held_by varchar(200) not null,
    note varchar(2000) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    version bigint not null default 0
);
create index early_help_check_in_episode on early_help_check_in (episode_id);
comment on table early_help_check_in is 'Check-ins with families while they wait for early help';
comment on column early_help_check_in.id is 'Identifier [Sensitivity: NONE]';
comment on column early_help_check_in.waiting_id is 'The place on the waiting list [Sensitivity: NONE]';
comment on column early_help_check_in.episode_id is 'The episode [Sensitivity: NONE]';
comment on column early_help_check_in.held_on is 'When the check-in was held [Sensitivity: PERSONAL]';
comment on column early_help_check_in.held_by is 'Who held it [Sensitivity: PERSONAL]';
comment on column early_help_check_in.note is 'What was discussed [Sensitivity: SPECIAL-CATEGORY]';
comment on column early_help_check_in.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column early_help_check_in.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column early_help_check_in.version is 'Optimistic lock [Sensitivity: NONE]';

create table early_help_action (
    id uuid primary key,
    episode_id uuid not null references early_help_episode (id),
    outcome varchar(1000) not null,
    action varchar(2000) not null,
    who varchar(200) not null,
    by_when date not null,
    progress varchar(20) not null,
    progress_note varchar(2000),
    progress_on date,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    version bigint not null default 0
);
create index early_help_action_episode on early_help_action (episode_id);
comment on table early_help_action is 'Actions of the team-around-the-family plan';
comment on column early_help_action.id is 'Identifier [Sensitivity: NONE]';
comment on column early_help_action.episode_id is 'The episode whose plan it is [Sensitivity: NONE]';
comment on column early_help_action.outcome is 'The outcome the action works towards [Sensitivity: SPECIAL-CATEGORY]';
comment on column early_help_action.action is 'What will be done [Sensitivity: SPECIAL-CATEGORY]';
comment on column early_help_action.who is 'Who will do it [Sensitivity: PERSONAL]';
comment on column early_help_action.by_when is 'When it is to be done by [Sensitivity: PERSONAL]';
comment on column early_help_action.progress is 'Latest progress status [Sensitivity: PERSONAL]';
comment on column early_help_action.progress_note is 'Latest progress note [Sensitivity: SPECIAL-CATEGORY]';
comment on column early_help_action.progress_on is 'When progress was last recorded [Sensitivity: PERSONAL]';
comment on column early_help_action.recorded_by is 'Who added the action [Sensitivity: PERSONAL]';
comment on column early_help_action.recorded_at is 'When it was added [Sensitivity: NONE]';
comment on column early_help_action.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column early_help_action.version is 'Optimistic lock [Sensitivity: NONE]';

create table early_help_review (
    id uuid primary key,
    episode_id uuid not null references early_help_episode (id),
    held_on date not null,
    progress varchar(4000) not null,
    decision varchar(30) not null,
    decision_note varchar(2000),
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    version bigint not null default 0
);
create index early_help_review_episode on early_help_review (episode_id);
comment on table early_help_review is 'Team-around-the-family reviews';
comment on column early_help_review.id is 'Identifier [Sensitivity: NONE]';
comment on column early_help_review.episode_id is 'The episode reviewed [Sensitivity: NONE]';
comment on column early_help_review.held_on is 'When the review was held [Sensitivity: PERSONAL]';
comment on column early_help_review.progress is 'Progress seen at the review [Sensitivity: SPECIAL-CATEGORY]';
comment on column early_help_review.decision is 'What the review decided [Sensitivity: PERSONAL]';
comment on column early_help_review.decision_note is 'A note on the decision [Sensitivity: SPECIAL-CATEGORY]';
comment on column early_help_review.recorded_by is 'Who recorded the review [Sensitivity: PERSONAL]';
comment on column early_help_review.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column early_help_review.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column early_help_review.version is 'Optimistic lock [Sensitivity: NONE]';

create table early_help_review_attendee (
    review_id uuid not null references early_help_review (id),
    attendee_order integer not null,
    name varchar(200) not null,
    agency varchar(200) not null,
    primary key (review_id, attendee_order)
);
comment on table early_help_review_attendee is 'Who attended a team-around-the-family review';
comment on column early_help_review_attendee.review_id is 'The review [Sensitivity: NONE]';
comment on column early_help_review_attendee.attendee_order is 'Order in the list [Sensitivity: NONE]';
comment on column early_help_review_attendee.name is 'Attendee''s name [Sensitivity: PERSONAL]';
comment on column early_help_review_attendee.agency is 'Attendee''s agency [Sensitivity: PERSONAL]';
