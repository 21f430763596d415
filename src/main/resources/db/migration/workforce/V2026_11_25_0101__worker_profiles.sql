alter table worker add column role_label varchar(100);
alter table worker add column qualification varchar(200);
alter table worker add column registration_number varchar(20);
alter table worker add column agency boolean default false not null;
alter table worker add column fte numeric(4,2) default 1.00 not null;
alter table worker add column leaving_reason varchar(200);
comment on column worker.role_label is 'Role as the service names it, e.g. senior practitioner [Sensitivity: NONE]';
comment on column worker.qualification is 'Professional qualification [Sensitivity: PERSONAL]';
comment on column worker.registration_number is 'Social Work England registration number (SW then digits) [Sensitivity: PERSONAL]';
comment on column worker.agency is 'Whether an agency (locum) worker rather than permanent [Sensitivity: PERSONAL]';
comment on column worker.fte is 'Contracted hours as a full-time equivalent (1.00 = full time) [Sensitivity: PERSONAL]';
comment on column worker.leaving_reason is 'Why they left (the record is kept) [Sensitivity: PERSONAL]';

alter table team add column funded_fte numeric(6,2);
comment on column team.funded_fte is 'Establishment: funded posts as full-time equivalents, to count vacancies [Sensitivity: NONE]';

create table worker_absence (
    id uuid primary key,
    worker_username varchar(100) not null,
    kind varchar(20) not null,
    from_date date not null,
    to_date date,
    recorded_by varchar(100) not null,
    voided_reason varchar(500),
    version bigint not null default 0
);
create index worker_absence_worker on worker_absence (worker_username);
comment on table worker_absence is 'Periods a worker was away: sickness, annual leave or other';
comment on column worker_absence.id is 'Identifier [Sensitivity: NONE]';
comment on column worker_absence.worker_username is 'The worker [Sensitivity: PERSONAL]';
comment on column worker_absence.kind is 'SICKNESS, ANNUAL_LEAVE or OTHER [Sensitivity: SECRET]';
comment on column worker_absence.from_date is 'First day away [Sensitivity: PERSONAL]';
comment on column worker_absence.to_date is 'Last day away (null while still away) [Sensitivity: PERSONAL]';
comment on column worker_absence.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column worker_absence.voided_reason is 'Why it was voided, when recorded in error [Sensitivity: PERSONAL]';
comment on column worker_absence.version is 'Optimistic lock [Sensitivity: NONE]';

create table worker_training (
    id uuid primary key,
    worker_username varchar(100) not null,
    course varchar(200) not null,
    course_date date not null,
    status varchar(20) not null,
    recorded_by varchar(100) not null,
    version bigint not null default 0
);
create index worker_training_worker on worker_training (worker_username);
comment on table worker_training is 'Courses a worker was booked on, attended or missed';
comment on column worker_training.id is 'Identifier [Sensitivity: NONE]';
comment on column worker_training.worker_username is 'The worker [Sensitivity: PERSONAL]';
comment on column worker_training.course is 'The course [Sensitivity: NONE]';
comment on column worker_training.course_date is 'When the course runs or ran [Sensitivity: NONE]';
comment on column worker_training.status is 'BOOKED, ATTENDED or MISSED [Sensitivity: PERSONAL]';
comment on column worker_training.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column worker_training.version is 'Optimistic lock [Sensitivity: NONE]';
