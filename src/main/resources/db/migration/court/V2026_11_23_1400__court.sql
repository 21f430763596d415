create table court_gateway (
    id uuid primary key,
    child_id uuid not null,
    meeting_date date not null,
    attendees varchar(1000) not null,
    decision varchar(30) not null,
    reasons varchar(4000) not null,
    decided_by varchar(100) not null,
    pre_proceedings_id uuid,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index court_gateway_child on court_gateway (child_id);
comment on table court_gateway is 'Legal gateway (legal planning meeting) decisions about a child';
comment on column court_gateway.id is 'Identifier [Sensitivity: NONE]';
comment on column court_gateway.child_id is 'The child the decision is about [Sensitivity: PERSONAL]';
comment on column court_gateway.meeting_date is 'Date of the legal gateway meeting [Sensitivity: PERSONAL]';
comment on column court_gateway.attendees is 'Who attended the meeting [Sensitivity: PERSONAL]';
comment on column court_gateway.decision is 'Enter pre-proceedings, issue proceedings or no legal action [Sensitivity: SPECIAL-CATEGORY]';
comment on column court_gateway.reasons is 'Why the meeting decided so [Sensitivity: SPECIAL-CATEGORY]';
comment on column court_gateway.decided_by is 'Manager who recorded the decision [Sensitivity: PERSONAL]';
comment on column court_gateway.pre_proceedings_id is 'The pre-proceedings the decision began, if any [Sensitivity: NONE]';
comment on column court_gateway.recorded_at is 'When the decision was recorded [Sensitivity: NONE]';
comment on column court_gateway.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column court_gateway.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column court_gateway.version is 'Optimistic lock [Sensitivity: NONE]';

create table court_pre_proceedings (
    id uuid primary key,
    child_id uuid not null,
    gateway_id uuid not null references court_gateway (id),
    started_on date not null,
    letter_sent_on date,
    fgdm_offered_on date,
    fgdm_held_on date,
    outcome varchar(30),
    outcome_on date,
    outcome_reasons varchar(2000),
    is_open boolean not null,
    letter_obligation_id uuid,
    review_obligation_id uuid,
    review_due date,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index court_pre_proceedings_child on court_pre_proceedings (child_id);
create index court_pre_proceedings_open on court_pre_proceedings (is_open, started_on);
comment on table court_pre_proceedings is 'Pre-proceedings under the Public Law Outline';
comment on column court_pre_proceedings.id is 'Identifier [Sensitivity: NONE]';
comment on column court_pre_proceedings.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column court_pre_proceedings.gateway_id is 'The gateway decision that began them [Sensitivity: NONE]';
comment on column court_pre_proceedings.started_on is 'Date of the gateway decision to enter pre-proceedings [Sensitivity: PERSONAL]';
comment on column court_pre_proceedings.letter_sent_on is 'Date the letter before proceedings was sent [Sensitivity: PERSONAL]';
comment on column court_pre_proceedings.fgdm_offered_on is 'Date family group decision-making was offered [Sensitivity: PERSONAL]';
comment on column court_pre_proceedings.fgdm_held_on is 'Date the family group conference was held [Sensitivity: PERSONAL]';
comment on column court_pre_proceedings.outcome is 'Latest decision: step down, continue or issue proceedings [Sensitivity: SPECIAL-CATEGORY]';
comment on column court_pre_proceedings.outcome_on is 'Date of the latest decision [Sensitivity: PERSONAL]';
comment on column court_pre_proceedings.outcome_reasons is 'Why the decision was made [Sensitivity: SPECIAL-CATEGORY]';
comment on column court_pre_proceedings.is_open is 'Pre-proceedings still running [Sensitivity: PERSONAL]';
comment on column court_pre_proceedings.letter_obligation_id is 'The letter obligation opened at the gateway [Sensitivity: NONE]';
comment on column court_pre_proceedings.review_obligation_id is 'The current review obligation [Sensitivity: NONE]';
comment on column court_pre_proceedings.review_due is 'When the next review decision is due [Sensitivity: PERSONAL]';
comment on column court_pre_proceedings.recorded_at is 'When they were recorded [Sensitivity: NONE]';
comment on column court_pre_proceedings.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column court_pre_proceedings.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column court_pre_proceedings.version is 'Optimistic lock [Sensitivity: NONE]';

create table court_plo_meeting (
    id uuid primary key,
    pre_proceedings_id uuid not null references court_pre_proceedings (id),
    kind varchar(20) not null,
    meeting_date date not null,
    attendees varchar(1000) not null,
    progress varchar(4000) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    version bigint not null default 0
);
create index court_plo_meeting_pp on court_plo_meeting (pre_proceedings_id);
comment on table court_plo_meeting is 'Pre-proceedings meetings and reviews';
comment on column court_plo_meeting.id is 'Identifier [Sensitivity: NONE]';
comment on column court_plo_meeting.pre_proceedings_id is 'The pre-proceedings [Sensitivity: NONE]';
comment on column court_plo_meeting.kind is 'Meeting or review [Sensitivity: NONE]';
comment on column court_plo_meeting.meeting_date is 'Date held [Sensitivity: PERSONAL]';
comment on column court_plo_meeting.attendees is 'Who attended [Sensitivity: PERSONAL]';
comment on column court_plo_meeting.progress is 'Progress the family has made [Sensitivity: SPECIAL-CATEGORY]';
comment on column court_plo_meeting.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column court_plo_meeting.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column court_plo_meeting.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column court_plo_meeting.version is 'Optimistic lock [Sensitivity: NONE]';

create table court_proceedings (
    id uuid primary key,
    child_id uuid not null,
    issued_on date not null,
    court varchar(200) not null,
    case_number varchar(50) not null,
    deadline date not null,
    is_open boolean not null,
    final_outcome varchar(40),
    concluded_on date,
    obligation_id uuid,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index court_proceedings_child on court_proceedings (child_id);
create index court_proceedings_open on court_proceedings (is_open, deadline);
comment on table court_proceedings is 'Care proceedings about a child';
comment on column court_proceedings.id is 'Identifier [Sensitivity: NONE]';
comment on column court_proceedings.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column court_proceedings.issued_on is 'Date the application was issued (day 1 of 26 weeks) [Sensitivity: PERSONAL]';
comment on column court_proceedings.court is 'The court [Sensitivity: PERSONAL]';
comment on column court_proceedings.case_number is 'The court case number [Sensitivity: PERSONAL]';
comment on column court_proceedings.deadline is 'Last day of the 26 weeks as extended [Sensitivity: PERSONAL]';
comment on column court_proceedings.is_open is 'Proceedings not yet concluded [Sensitivity: PERSONAL]';
comment on column court_proceedings.final_outcome is 'Final outcome [Sensitivity: SPECIAL-CATEGORY]';
comment on column court_proceedings.concluded_on is 'Date the proceedings concluded [Sensitivity: PERSONAL]';
comment on column court_proceedings.obligation_id is 'The current deadline obligation [Sensitivity: NONE]';
comment on column court_proceedings.recorded_by is 'Who recorded the issue [Sensitivity: PERSONAL]';
comment on column court_proceedings.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column court_proceedings.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column court_proceedings.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column court_proceedings.version is 'Optimistic lock [Sensitivity: NONE]';

create table court_extension (
    id uuid primary key,
    proceedings_id uuid not null references court_proceedings (id),
    granted_on date not null,
    weeks integer not null,
    reason varchar(2000) not null,
    previous_deadline date not null,
    new_deadline date not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    version bigint not null default 0
);
create index court_extension_proceedings on court_extension (proceedings_id);
comment on table court_extension is 'Extensions of the 26-week timetable (Children Act 1989 s32(5))';
comment on column court_extension.id is 'Identifier [Sensitivity: NONE]';
comment on column court_extension.proceedings_id is 'The proceedings [Sensitivity: NONE]';
comment on column court_extension.granted_on is 'Date the court granted it [Sensitivity: PERSONAL]';
comment on column court_extension.weeks is 'Weeks granted, 1 to 8 [Sensitivity: NONE]';
comment on column court_extension.reason is 'Why the court extended the timetable [Sensitivity: SPECIAL-CATEGORY]';
comment on column court_extension.previous_deadline is 'Deadline before the extension [Sensitivity: PERSONAL]';
comment on column court_extension.new_deadline is 'Deadline after the extension [Sensitivity: PERSONAL]';
comment on column court_extension.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column court_extension.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column court_extension.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column court_extension.version is 'Optimistic lock [Sensitivity: NONE]';

create table court_hearing (
    id uuid primary key,
    proceedings_id uuid not null references court_proceedings (id),
    hearing_date date not null,
    hearing_type varchar(10) not null,
    outcome varchar(2000) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    version bigint not null default 0
);
create index court_hearing_proceedings on court_hearing (proceedings_id);
comment on table court_hearing is 'Hearings in care proceedings';
comment on column court_hearing.id is 'Identifier [Sensitivity: NONE]';
comment on column court_hearing.proceedings_id is 'The proceedings [Sensitivity: NONE]';
comment on column court_hearing.hearing_date is 'Date of the hearing [Sensitivity: PERSONAL]';
comment on column court_hearing.hearing_type is 'CMH, IRH, final or other [Sensitivity: NONE]';
comment on column court_hearing.outcome is 'What the hearing decided [Sensitivity: SPECIAL-CATEGORY]';
comment on column court_hearing.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column court_hearing.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column court_hearing.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column court_hearing.version is 'Optimistic lock [Sensitivity: NONE]';

create table court_order (
    id uuid primary key,
    child_id uuid not null,
    proceedings_id uuid not null references court_proceedings (id),
    order_type varchar(40) not null,
    made_on date not null,
    ended_on date,
    end_reason varchar(500),
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
create index court_order_child on court_order (child_id, made_on);
comment on table court_order is 'Court orders about a child';
comment on column court_order.id is 'Identifier [Sensitivity: NONE]';
comment on column court_order.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column court_order.proceedings_id is 'The proceedings it was made in [Sensitivity: NONE]';
comment on column court_order.order_type is 'Kind of order [Sensitivity: SPECIAL-CATEGORY]';
comment on column court_order.made_on is 'Date made [Sensitivity: PERSONAL]';
comment on column court_order.ended_on is 'Date it stopped being in force [Sensitivity: PERSONAL]';
comment on column court_order.end_reason is 'Why it ended [Sensitivity: SPECIAL-CATEGORY]';
comment on column court_order.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column court_order.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column court_order.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column court_order.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column court_order.version is 'Optimistic lock [Sensitivity: NONE]';
