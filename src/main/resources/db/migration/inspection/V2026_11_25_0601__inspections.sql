create table inspection (
    id uuid primary key,
    kind varchar(40) not null,
    start_date date not null,
    end_date date,
    published_on date,
    lead_inspector varchar(200),
    other_inspectors varchar(1000),
    report_url varchar(1000),
    summary text,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided_reason varchar(1000),
    voided_by varchar(100),
    voided_at timestamp with time zone,
    version bigint not null default 0
);
comment on table inspection is 'An Ofsted inspection or visit of the authority''s children''s services';
comment on column inspection.id is 'Identifier [Sensitivity: NONE]';
comment on column inspection.kind is 'Full inspection, focused visit, monitoring visit or joint targeted area inspection [Sensitivity: NONE]';
comment on column inspection.start_date is 'First day of the inspection or visit [Sensitivity: NONE]';
comment on column inspection.end_date is 'Last day on site, when known [Sensitivity: NONE]';
comment on column inspection.published_on is 'When Ofsted published the report or letter [Sensitivity: NONE]';
comment on column inspection.lead_inspector is 'The lead inspector as named in the report [Sensitivity: NONE]';
comment on column inspection.other_inspectors is 'The other inspectors named in the report [Sensitivity: NONE]';
comment on column inspection.report_url is 'Where the published report is (a link to Ofsted''s site) [Sensitivity: NONE]';
comment on column inspection.summary is 'What the report says in brief [Sensitivity: NONE]';
comment on column inspection.recorded_by is 'Username of who recorded it [Sensitivity: PERSONAL]';
comment on column inspection.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column inspection.voided_reason is 'Why it was voided (recorded in error), if it was [Sensitivity: NONE]';
comment on column inspection.voided_by is 'Username of who voided it [Sensitivity: PERSONAL]';
comment on column inspection.voided_at is 'When it was voided [Sensitivity: NONE]';
comment on column inspection.version is 'Optimistic lock [Sensitivity: NONE]';

create table inspection_judgement (
    id uuid primary key,
    inspection_id uuid not null references inspection (id),
    area varchar(40) not null,
    grade varchar(30) not null
);
create unique index inspection_judgement_area on inspection_judgement (inspection_id, area);
comment on table inspection_judgement is 'Each judgement an inspection made, on the four-point scale';
comment on column inspection_judgement.id is 'Identifier [Sensitivity: NONE]';
comment on column inspection_judgement.inspection_id is 'The inspection [Sensitivity: NONE]';
comment on column inspection_judgement.area is 'The judgement area, for example overall effectiveness [Sensitivity: NONE]';
comment on column inspection_judgement.grade is 'Outstanding, good, requires improvement to be good or inadequate [Sensitivity: NONE]';

create table improvement_point (
    id uuid primary key,
    inspection_id uuid not null references inspection (id),
    position integer not null,
    body text not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null
);
create index improvement_point_inspection on improvement_point (inspection_id, position);
comment on table improvement_point is 'The report''s "what needs to improve" points, in the report''s order';
comment on column improvement_point.id is 'Identifier [Sensitivity: NONE]';
comment on column improvement_point.inspection_id is 'The inspection that made the point [Sensitivity: NONE]';
comment on column improvement_point.position is 'Its place in the report''s list, from 1 [Sensitivity: NONE]';
comment on column improvement_point.body is 'The point as the report words it [Sensitivity: NONE]';
comment on column improvement_point.recorded_by is 'Username of who recorded it [Sensitivity: PERSONAL]';
comment on column improvement_point.recorded_at is 'When it was recorded [Sensitivity: NONE]';

create table improvement_action (
    id uuid primary key,
    point_id uuid not null references improvement_point (id),
    title varchar(1000) not null,
    owner varchar(200) not null,
    due_date date not null,
    status varchar(20) not null,
    evidence text,
    updated_by varchar(100) not null,
    updated_at timestamp with time zone not null,
    version bigint not null default 0
);
create index improvement_action_point on improvement_action (point_id);
comment on table improvement_action is 'An action in the improvement plan answering one of the points';
comment on column improvement_action.id is 'Identifier [Sensitivity: NONE]';
comment on column improvement_action.point_id is 'The point it answers [Sensitivity: NONE]';
comment on column improvement_action.title is 'What will be done [Sensitivity: NONE]';
comment on column improvement_action.owner is 'Who is accountable for it (a named leader or role) [Sensitivity: PERSONAL]';
comment on column improvement_action.due_date is 'When it is due to be done [Sensitivity: NONE]';
comment on column improvement_action.status is 'Not started, on track, at risk, off track or complete [Sensitivity: NONE]';
comment on column improvement_action.evidence is 'Evidence notes: what shows it is working [Sensitivity: NONE]';
comment on column improvement_action.updated_by is 'Username of who last changed it [Sensitivity: PERSONAL]';
comment on column improvement_action.updated_at is 'When it was last changed [Sensitivity: NONE]';
comment on column improvement_action.version is 'Optimistic lock [Sensitivity: NONE]';

create table improvement_action_history (
    id uuid primary key,
    action_id uuid not null references improvement_action (id),
    title varchar(1000) not null,
    owner varchar(200) not null,
    due_date date not null,
    status varchar(20) not null,
    evidence text,
    changed_by varchar(100) not null,
    changed_at timestamp with time zone not null
);
create index improvement_action_history_action on improvement_action_history (action_id, changed_at);
comment on table improvement_action_history is 'Every version of every improvement action, as saved';
comment on column improvement_action_history.id is 'Identifier [Sensitivity: NONE]';
comment on column improvement_action_history.action_id is 'The action [Sensitivity: NONE]';
comment on column improvement_action_history.title is 'What would be done, as saved [Sensitivity: NONE]';
comment on column improvement_action_history.owner is 'Who was accountable, as saved [Sensitivity: PERSONAL]';
comment on column improvement_action_history.due_date is 'When it was due, as saved [Sensitivity: NONE]';
comment on column improvement_action_history.status is 'Its status, as saved [Sensitivity: NONE]';
comment on column improvement_action_history.evidence is 'Its evidence notes, as saved [Sensitivity: NONE]';
comment on column improvement_action_history.changed_by is 'Username of who saved it [Sensitivity: PERSONAL]';
comment on column improvement_action_history.changed_at is 'When it was saved [Sensitivity: NONE]';

create table improvement_action_measure (
    id uuid primary key,
    action_id uuid not null references improvement_action (id),
    measure_id varchar(200) not null,
    linked_by varchar(100) not null,
    linked_at timestamp with time zone not null,
    unlinked_by varchar(100),
    unlinked_at timestamp with time zone
);
create index improvement_action_measure_action on improvement_action_measure (action_id);
comment on table improvement_action_measure is 'The Hearth measures whose trend shows whether an action is working';
comment on column improvement_action_measure.id is 'Identifier [Sensitivity: NONE]';
comment on column improvement_action_measure.action_id is 'The action [Sensitivity: NONE]';
comment on column improvement_action_measure.measure_id is 'The measure''s stable id in the performance context [Sensitivity: NONE]';
comment on column improvement_action_measure.linked_by is 'Username of who linked it [Sensitivity: PERSONAL]';
comment on column improvement_action_measure.linked_at is 'When it was linked [Sensitivity: NONE]';
comment on column improvement_action_measure.unlinked_by is 'Username of who took the link off, if anyone did [Sensitivity: PERSONAL]';
comment on column improvement_action_measure.unlinked_at is 'When the link was taken off [Sensitivity: NONE]';

create table self_evaluation_revision (
    id uuid primary key,
    revision integer not null,
    overall text,
    leaders text,
    help_and_protection text,
    children_in_care text,
    care_leavers text,
    saved_by varchar(100) not null,
    saved_at timestamp with time zone not null
);
create unique index self_evaluation_revision_number on self_evaluation_revision (revision);
comment on table self_evaluation_revision is 'Every saved revision of the authority''s self-evaluation; the highest is the current draft';
comment on column self_evaluation_revision.id is 'Identifier [Sensitivity: NONE]';
comment on column self_evaluation_revision.revision is 'Revision number from 1; a save names the revision it started from [Sensitivity: NONE]';
comment on column self_evaluation_revision.overall is 'Overall effectiveness section [Sensitivity: NONE]';
comment on column self_evaluation_revision.leaders is 'The impact of leaders section [Sensitivity: NONE]';
comment on column self_evaluation_revision.help_and_protection is 'Children who need help and protection section [Sensitivity: NONE]';
comment on column self_evaluation_revision.children_in_care is 'Children in care section [Sensitivity: NONE]';
comment on column self_evaluation_revision.care_leavers is 'Care leavers section [Sensitivity: NONE]';
comment on column self_evaluation_revision.saved_by is 'Username of who saved it [Sensitivity: PERSONAL]';
comment on column self_evaluation_revision.saved_at is 'When it was saved [Sensitivity: NONE]';
