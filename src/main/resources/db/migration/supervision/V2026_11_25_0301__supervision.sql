create table case_supervision (
    id uuid primary key,
    child_id uuid not null,
    held_on date not null,
    supervisor varchar(100) not null,
    worker varchar(100) not null,
    discussion text not null,
    reflection text not null,
    decisions text not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null,
    void_reason varchar(2000),
    version bigint not null default 0
);
create index case_supervision_child on case_supervision (child_id, held_on);
comment on table case_supervision is 'Case supervision of a child''s work: what was discussed, the reflection, decisions and actions';
comment on column case_supervision.id is 'Identifier [Sensitivity: NONE]';
comment on column case_supervision.child_id is 'The child whose work was supervised [Sensitivity: PERSONAL]';
comment on column case_supervision.held_on is 'When the supervision was held [Sensitivity: PERSONAL]';
comment on column case_supervision.supervisor is 'Who supervised (username) [Sensitivity: PERSONAL]';
comment on column case_supervision.worker is 'The worker supervised (username) [Sensitivity: PERSONAL]';
comment on column case_supervision.discussion is 'What was discussed about the child [Sensitivity: SECRET]';
comment on column case_supervision.reflection is 'Reflection and analysis: what it means for the child [Sensitivity: SECRET]';
comment on column case_supervision.decisions is 'Decisions made [Sensitivity: SECRET]';
comment on column case_supervision.recorded_by is 'Who recorded it in Hearth [Sensitivity: PERSONAL]';
comment on column case_supervision.recorded_at is 'When it was recorded in Hearth [Sensitivity: NONE]';
comment on column case_supervision.voided is 'Voided (recorded in error) [Sensitivity: NONE]';
comment on column case_supervision.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column case_supervision.version is 'Optimistic lock version [Sensitivity: NONE]';

create table supervision_action (
    id uuid primary key,
    case_supervision_id uuid not null,
    child_id uuid not null,
    description varchar(2000) not null,
    owner varchar(100) not null,
    due_on date not null,
    obligation_id uuid,
    completed_on date,
    completed_by varchar(100),
    voided boolean not null,
    void_reason varchar(2000),
    version bigint not null default 0
);
create index supervision_action_supervision on supervision_action (case_supervision_id);
create index supervision_action_child on supervision_action (child_id);
comment on table supervision_action is 'An action agreed in case supervision, with its owner and due date';
comment on column supervision_action.id is 'Identifier [Sensitivity: NONE]';
comment on column supervision_action.case_supervision_id is 'The case supervision that agreed it [Sensitivity: NONE]';
comment on column supervision_action.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column supervision_action.description is 'What is to be done [Sensitivity: SECRET]';
comment on column supervision_action.owner is 'Who is to do it (username) [Sensitivity: PERSONAL]';
comment on column supervision_action.due_on is 'When it is to be done by [Sensitivity: PERSONAL]';
comment on column supervision_action.obligation_id is 'The obligation that puts it in the owner''s work [Sensitivity: NONE]';
comment on column supervision_action.completed_on is 'When it was done [Sensitivity: PERSONAL]';
comment on column supervision_action.completed_by is 'Who recorded it as done [Sensitivity: PERSONAL]';
comment on column supervision_action.voided is 'Voided (recorded in error) [Sensitivity: NONE]';
comment on column supervision_action.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column supervision_action.version is 'Optimistic lock version [Sensitivity: NONE]';

create table management_oversight (
    id uuid primary key,
    child_id uuid not null,
    recorded_on date not null,
    manager varchar(100) not null,
    direction text not null,
    rationale text not null,
    next_review_on date not null,
    obligation_id uuid,
    recorded_at timestamp with time zone not null,
    voided boolean not null,
    void_reason varchar(2000),
    version bigint not null default 0
);
create index management_oversight_child on management_oversight (child_id, recorded_on);
comment on table management_oversight is 'A manager''s oversight of a child''s plan: direction, rationale and when to look again';
comment on column management_oversight.id is 'Identifier [Sensitivity: NONE]';
comment on column management_oversight.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column management_oversight.recorded_on is 'When the manager gave the oversight [Sensitivity: PERSONAL]';
comment on column management_oversight.manager is 'The manager (username) [Sensitivity: PERSONAL]';
comment on column management_oversight.direction is 'What the manager directed [Sensitivity: SECRET]';
comment on column management_oversight.rationale is 'Why [Sensitivity: SECRET]';
comment on column management_oversight.next_review_on is 'When the manager will look at the child''s work again [Sensitivity: PERSONAL]';
comment on column management_oversight.obligation_id is 'The obligation that makes the next review due work [Sensitivity: NONE]';
comment on column management_oversight.recorded_at is 'When it was recorded in Hearth [Sensitivity: NONE]';
comment on column management_oversight.voided is 'Voided (recorded in error) [Sensitivity: NONE]';
comment on column management_oversight.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column management_oversight.version is 'Optimistic lock version [Sensitivity: NONE]';

create table personal_supervision (
    id uuid primary key,
    worker varchar(100) not null,
    held_on date not null,
    supervisor varchar(100) not null,
    wellbeing text not null,
    workload text not null,
    learning text not null,
    reflection text not null,
    agreed_actions text,
    recorded_at timestamp with time zone not null,
    voided boolean not null,
    void_reason varchar(2000),
    version bigint not null default 0
);
create index personal_supervision_worker on personal_supervision (worker, held_on);
comment on table personal_supervision is 'A worker''s personal supervision: wellbeing, workload, learning and reflective discussion';
comment on column personal_supervision.id is 'Identifier [Sensitivity: NONE]';
comment on column personal_supervision.worker is 'The worker supervised (username) [Sensitivity: PERSONAL]';
comment on column personal_supervision.held_on is 'When the supervision was held [Sensitivity: PERSONAL]';
comment on column personal_supervision.supervisor is 'Who supervised (username) [Sensitivity: PERSONAL]';
comment on column personal_supervision.wellbeing is 'The worker''s wellbeing [Sensitivity: SECRET]';
comment on column personal_supervision.workload is 'The worker''s workload [Sensitivity: PERSONAL]';
comment on column personal_supervision.learning is 'Learning and development [Sensitivity: PERSONAL]';
comment on column personal_supervision.reflection is 'Reflective discussion [Sensitivity: SECRET]';
comment on column personal_supervision.agreed_actions is 'Actions agreed [Sensitivity: PERSONAL]';
comment on column personal_supervision.recorded_at is 'When it was recorded in Hearth [Sensitivity: NONE]';
comment on column personal_supervision.voided is 'Voided (recorded in error) [Sensitivity: NONE]';
comment on column personal_supervision.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column personal_supervision.version is 'Optimistic lock version [Sensitivity: NONE]';

create table personal_supervision_flag (
    worker varchar(100) not null,
    due_on date not null,
    flagged_to varchar(100) not null,
    flagged_at timestamp with time zone not null,
    primary key (worker, due_on)
);
comment on table personal_supervision_flag is 'Overdue personal supervision already flagged to the head of service, once per worker and due date';
comment on column personal_supervision_flag.worker is 'The worker whose supervision is overdue (username) [Sensitivity: PERSONAL]';
comment on column personal_supervision_flag.due_on is 'The due date that was missed [Sensitivity: PERSONAL]';
comment on column personal_supervision_flag.flagged_to is 'Who was told (username) [Sensitivity: PERSONAL]';
comment on column personal_supervision_flag.flagged_at is 'When they were told [Sensitivity: NONE]';
