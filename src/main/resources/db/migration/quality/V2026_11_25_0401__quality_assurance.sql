create table quality_template (
    id uuid primary key,
    template_key varchar(80) not null,
    name varchar(200) not null,
    version_no integer not null,
    current_version boolean not null,
    created_by varchar(100) not null,
    created_at timestamp with time zone not null,
    version bigint not null default 0
);
create unique index quality_template_key_version on quality_template (template_key, version_no);
comment on table quality_template is 'Audit templates: each row is one version of a template; completed audits keep the version they used';
comment on column quality_template.id is 'Identifier [Sensitivity: NONE]';
comment on column quality_template.template_key is 'The template all its versions share [Sensitivity: NONE]';
comment on column quality_template.name is 'The template''s name, for example Practice audit [Sensitivity: NONE]';
comment on column quality_template.version_no is 'The version number, 1 for the first [Sensitivity: NONE]';
comment on column quality_template.current_version is 'Whether this is the version new audits use [Sensitivity: NONE]';
comment on column quality_template.created_by is 'Username of who made this version [Sensitivity: PERSONAL]';
comment on column quality_template.created_at is 'When this version was made [Sensitivity: NONE]';
comment on column quality_template.version is 'Optimistic lock [Sensitivity: NONE]';

create table quality_question (
    id uuid primary key,
    template_id uuid not null references quality_template (id),
    position integer not null,
    text varchar(500) not null,
    hint varchar(1000),
    answer_type varchar(20) not null
);
create index quality_question_template on quality_question (template_id, position);
comment on table quality_question is 'The questions of one version of an audit template, in order';
comment on column quality_question.id is 'Identifier [Sensitivity: NONE]';
comment on column quality_question.template_id is 'The template version the question belongs to [Sensitivity: NONE]';
comment on column quality_question.position is 'Where the question comes, 1 first [Sensitivity: NONE]';
comment on column quality_question.text is 'The question asked [Sensitivity: NONE]';
comment on column quality_question.hint is 'What the auditor looks for [Sensitivity: NONE]';
comment on column quality_question.answer_type is 'GRADE, YES_NO_PARTLY or FREE_TEXT [Sensitivity: NONE]';

create table quality_programme (
    id uuid primary key,
    name varchar(200) not null,
    template_id uuid not null references quality_template (id),
    period_from date not null,
    period_to date not null,
    auditors varchar(1000) not null,
    sampling varchar(20) not null,
    stratum varchar(20),
    sample_size integer not null,
    seed bigint not null,
    population integer not null,
    created_by varchar(100) not null,
    created_at timestamp with time zone not null,
    version bigint not null default 0
);
comment on table quality_programme is 'Audit programmes: a template audited over a period by named auditors on a sample of children';
comment on column quality_programme.id is 'Identifier [Sensitivity: NONE]';
comment on column quality_programme.name is 'The programme''s name [Sensitivity: NONE]';
comment on column quality_programme.template_id is 'The template version audits in the programme use [Sensitivity: NONE]';
comment on column quality_programme.period_from is 'First day of the audit period [Sensitivity: NONE]';
comment on column quality_programme.period_to is 'Last day of the audit period [Sensitivity: NONE]';
comment on column quality_programme.auditors is 'Usernames of the auditors, comma separated [Sensitivity: PERSONAL]';
comment on column quality_programme.sampling is 'RANDOM or STRATIFIED [Sensitivity: NONE]';
comment on column quality_programme.stratum is 'For a stratified sample: TEAM, KIND_OF_WORK or AGE_BAND [Sensitivity: NONE]';
comment on column quality_programme.sample_size is 'How many children were asked for [Sensitivity: NONE]';
comment on column quality_programme.seed is 'The random seed, so the sample can be drawn again the same [Sensitivity: NONE]';
comment on column quality_programme.population is 'How many allocated children the sample was drawn from [Sensitivity: NONE]';
comment on column quality_programme.created_by is 'Username of who set the programme up [Sensitivity: PERSONAL]';
comment on column quality_programme.created_at is 'When it was set up [Sensitivity: NONE]';
comment on column quality_programme.version is 'Optimistic lock [Sensitivity: NONE]';

create table quality_sample (
    id uuid primary key,
    programme_id uuid not null references quality_programme (id),
    child_id uuid not null,
    team_name varchar(200),
    kind_of_work varchar(30) not null,
    age_band varchar(20) not null,
    auditor varchar(100) not null
);
create index quality_sample_programme on quality_sample (programme_id);
comment on table quality_sample is 'The children sampled for an audit programme, with their strata when sampled';
comment on column quality_sample.id is 'Identifier [Sensitivity: NONE]';
comment on column quality_sample.programme_id is 'The programme [Sensitivity: NONE]';
comment on column quality_sample.child_id is 'The child sampled [Sensitivity: PERSONAL]';
comment on column quality_sample.team_name is 'The child''s team when sampled [Sensitivity: NONE]';
comment on column quality_sample.kind_of_work is 'The kind of work when sampled (child in need, protection plan, looked after, care leaver, other) [Sensitivity: PERSONAL]';
comment on column quality_sample.age_band is 'The child''s age band when sampled [Sensitivity: PERSONAL]';
comment on column quality_sample.auditor is 'Username of the auditor assigned the child [Sensitivity: PERSONAL]';

create table quality_make_up (
    id uuid primary key,
    programme_id uuid not null references quality_programme (id),
    dimension varchar(20) not null,
    stratum_value varchar(200) not null,
    population integer not null,
    sampled integer not null
);
create index quality_make_up_programme on quality_make_up (programme_id);
comment on table quality_make_up is 'How a programme''s sample compares with the population it was drawn from, by stratum';
comment on column quality_make_up.id is 'Identifier [Sensitivity: NONE]';
comment on column quality_make_up.programme_id is 'The programme [Sensitivity: NONE]';
comment on column quality_make_up.dimension is 'TEAM, KIND_OF_WORK or AGE_BAND [Sensitivity: NONE]';
comment on column quality_make_up.stratum_value is 'The team name, kind of work or age band [Sensitivity: NONE]';
comment on column quality_make_up.population is 'Children in the population in this stratum [Sensitivity: NONE]';
comment on column quality_make_up.sampled is 'Children in the sample in this stratum [Sensitivity: NONE]';

create table quality_audit (
    id uuid primary key,
    programme_id uuid references quality_programme (id),
    template_id uuid not null references quality_template (id),
    child_id uuid not null,
    team_name varchar(200),
    worker varchar(100),
    manager varchar(100),
    auditor varchar(100) not null,
    audited_on date not null,
    grade varchar(30) not null,
    strengths text,
    improvements text,
    moderated_grade varchar(30),
    moderator varchar(100),
    moderation_rationale text,
    moderated_on date,
    recorded_at timestamp with time zone not null,
    voided_reason varchar(1000),
    version bigint not null default 0
);
create index quality_audit_child on quality_audit (child_id);
create index quality_audit_programme on quality_audit (programme_id);
comment on table quality_audit is 'Case audits: one auditor''s judgement of a child''s record, and its moderation by a second auditor';
comment on column quality_audit.id is 'Identifier [Sensitivity: NONE]';
comment on column quality_audit.programme_id is 'The programme the audit belongs to, if any [Sensitivity: NONE]';
comment on column quality_audit.template_id is 'The template version whose questions were asked [Sensitivity: NONE]';
comment on column quality_audit.child_id is 'The child whose record was audited [Sensitivity: PERSONAL]';
comment on column quality_audit.team_name is 'The child''s team when audited [Sensitivity: NONE]';
comment on column quality_audit.worker is 'Username of the child''s worker when audited [Sensitivity: PERSONAL]';
comment on column quality_audit.manager is 'Username of the worker''s manager when audited [Sensitivity: PERSONAL]';
comment on column quality_audit.auditor is 'Username of the auditor [Sensitivity: PERSONAL]';
comment on column quality_audit.audited_on is 'The day of the audit [Sensitivity: NONE]';
comment on column quality_audit.grade is 'The auditor''s overall grade (Ofsted scale) [Sensitivity: PERSONAL]';
comment on column quality_audit.strengths is 'Strengths found [Sensitivity: SECRET]';
comment on column quality_audit.improvements is 'Areas to improve [Sensitivity: SECRET]';
comment on column quality_audit.moderated_grade is 'The grade after moderation, the one counted [Sensitivity: PERSONAL]';
comment on column quality_audit.moderator is 'Username of the second auditor who moderated [Sensitivity: PERSONAL]';
comment on column quality_audit.moderation_rationale is 'Why the moderator agreed or changed the grade [Sensitivity: SECRET]';
comment on column quality_audit.moderated_on is 'The day of moderation [Sensitivity: NONE]';
comment on column quality_audit.recorded_at is 'When the audit was recorded [Sensitivity: NONE]';
comment on column quality_audit.voided_reason is 'Why the audit was voided, if it was [Sensitivity: PERSONAL]';
comment on column quality_audit.version is 'Optimistic lock [Sensitivity: NONE]';

create table quality_answer (
    id uuid primary key,
    audit_id uuid not null references quality_audit (id),
    question_id uuid not null references quality_question (id),
    answer varchar(30),
    comment_text text
);
create index quality_answer_audit on quality_answer (audit_id);
comment on table quality_answer is 'An audit''s answer to each question it asked';
comment on column quality_answer.id is 'Identifier [Sensitivity: NONE]';
comment on column quality_answer.audit_id is 'The audit [Sensitivity: NONE]';
comment on column quality_answer.question_id is 'The question answered [Sensitivity: NONE]';
comment on column quality_answer.answer is 'A grade or yes, no or partly [Sensitivity: PERSONAL]';
comment on column quality_answer.comment_text is 'The auditor''s words [Sensitivity: SECRET]';

create table quality_action (
    id uuid primary key,
    audit_id uuid not null references quality_audit (id),
    child_id uuid not null,
    description varchar(2000) not null,
    owner varchar(100) not null,
    due_on date not null,
    status varchar(20) not null,
    evidence text,
    completed_on date,
    completed_by varchar(100),
    obligation_id uuid,
    version bigint not null default 0
);
create index quality_action_audit on quality_action (audit_id);
create index quality_action_child on quality_action (child_id);
comment on table quality_action is 'Actions an audit sets, each with an owner and due date, tracked to completion';
comment on column quality_action.id is 'Identifier [Sensitivity: NONE]';
comment on column quality_action.audit_id is 'The audit that set it [Sensitivity: NONE]';
comment on column quality_action.child_id is 'The child it is for [Sensitivity: PERSONAL]';
comment on column quality_action.description is 'What must be done [Sensitivity: SECRET]';
comment on column quality_action.owner is 'Username of who must do it (the worker or their manager) [Sensitivity: PERSONAL]';
comment on column quality_action.due_on is 'When it is due [Sensitivity: NONE]';
comment on column quality_action.status is 'OPEN or DONE [Sensitivity: NONE]';
comment on column quality_action.evidence is 'What shows it is done [Sensitivity: SECRET]';
comment on column quality_action.completed_on is 'When it was done [Sensitivity: NONE]';
comment on column quality_action.completed_by is 'Username of who recorded it done [Sensitivity: PERSONAL]';
comment on column quality_action.obligation_id is 'The obligation that puts it in the owner''s work [Sensitivity: NONE]';
comment on column quality_action.version is 'Optimistic lock [Sensitivity: NONE]';

create table quality_panel_meeting (
    id uuid primary key,
    kind varchar(30) not null,
    name varchar(200) not null,
    held_on date not null,
    chair varchar(200) not null,
    members varchar(2000) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    version bigint not null default 0
);
comment on table quality_panel_meeting is 'Panel meetings (permanence, placement, legal gateway and others) that decide on children';
comment on column quality_panel_meeting.id is 'Identifier [Sensitivity: NONE]';
comment on column quality_panel_meeting.kind is 'PERMANENCE, PLACEMENT, LEGAL_GATEWAY or OTHER [Sensitivity: NONE]';
comment on column quality_panel_meeting.name is 'The panel''s name [Sensitivity: NONE]';
comment on column quality_panel_meeting.held_on is 'When it met [Sensitivity: NONE]';
comment on column quality_panel_meeting.chair is 'Who chaired it [Sensitivity: PERSONAL]';
comment on column quality_panel_meeting.members is 'Who sat on it [Sensitivity: PERSONAL]';
comment on column quality_panel_meeting.recorded_by is 'Username of who recorded it [Sensitivity: PERSONAL]';
comment on column quality_panel_meeting.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column quality_panel_meeting.version is 'Optimistic lock [Sensitivity: NONE]';

create table quality_panel_decision (
    id uuid primary key,
    meeting_id uuid not null references quality_panel_meeting (id),
    child_id uuid not null,
    decision varchar(2000) not null,
    rationale text not null,
    actions text,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null
);
create index quality_panel_decision_meeting on quality_panel_decision (meeting_id);
create index quality_panel_decision_child on quality_panel_decision (child_id);
comment on table quality_panel_decision is 'A panel''s decision on a child it discussed';
comment on column quality_panel_decision.id is 'Identifier [Sensitivity: NONE]';
comment on column quality_panel_decision.meeting_id is 'The panel meeting [Sensitivity: NONE]';
comment on column quality_panel_decision.child_id is 'The child discussed [Sensitivity: PERSONAL]';
comment on column quality_panel_decision.decision is 'What the panel decided [Sensitivity: SECRET]';
comment on column quality_panel_decision.rationale is 'Why [Sensitivity: SECRET]';
comment on column quality_panel_decision.actions is 'What must happen next [Sensitivity: SECRET]';
comment on column quality_panel_decision.recorded_by is 'Username of who recorded it [Sensitivity: PERSONAL]';
comment on column quality_panel_decision.recorded_at is 'When it was recorded [Sensitivity: NONE]';

insert into quality_template (id, template_key, name, version_no, current_version, created_by, created_at, version)
values ('7a1d0000-0000-4000-8000-000000000001', 'practice-audit', 'Practice audit', 1, true, 'system',
        timestamp '2026-11-25 04:01:00', 0);
insert into quality_question (id, template_id, position, text, hint, answer_type) values
('7a1d0000-0000-4000-8000-000000000101', '7a1d0000-0000-4000-8000-000000000001', 1,
 'The voice and lived experience of the child', 'Is the child seen, heard and understood? Are their wishes and feelings recorded in their own words and do they shape the plan?', 'GRADE'),
('7a1d0000-0000-4000-8000-000000000102', '7a1d0000-0000-4000-8000-000000000001', 2,
 'The chronology is up to date', 'Are the key events in the child''s life on the chronology, with their significance?', 'YES_NO_PARTLY'),
('7a1d0000-0000-4000-8000-000000000103', '7a1d0000-0000-4000-8000-000000000001', 3,
 'The plan is SMART', 'Specific, measurable, achievable, relevant and timed actions, each with a named person.', 'YES_NO_PARTLY'),
('7a1d0000-0000-4000-8000-000000000104', '7a1d0000-0000-4000-8000-000000000001', 4,
 'Management oversight', 'Is there regular, reflective oversight that gives direction and is followed up?', 'GRADE'),
('7a1d0000-0000-4000-8000-000000000105', '7a1d0000-0000-4000-8000-000000000001', 5,
 'Visits are timely', 'Are statutory visits within timescale, and is the child seen alone when they should be?', 'YES_NO_PARTLY'),
('7a1d0000-0000-4000-8000-000000000106', '7a1d0000-0000-4000-8000-000000000001', 6,
 'Risk and need are analysed', 'Does the assessment analyse what life is like for the child and what needs to change?', 'GRADE'),
('7a1d0000-0000-4000-8000-000000000107', '7a1d0000-0000-4000-8000-000000000001', 7,
 'What difference has our work made to the child?', 'In your own words: the impact on the child''s experiences and progress.', 'FREE_TEXT');
