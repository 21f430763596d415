create table service_area (
    id uuid primary key,
    name varchar(200) not null,
    manager_username varchar(100),
    version bigint not null default 0,
    constraint service_area_name unique (name)
);
comment on table service_area is 'Services grouping teams';
comment on column service_area.id is 'Identifier [Sensitivity: NONE]';
comment on column service_area.name is 'Service name [Sensitivity: NONE]';
comment on column service_area.manager_username is 'Head of service [Sensitivity: PERSONAL]';
comment on column service_area.version is 'Optimistic lock [Sensitivity: NONE]';

create table team (
    id uuid primary key,
    name varchar(200) not null,
    kind varchar(40) not null,
    service_id uuid not null references service_area (id),
    manager_username varchar(100),
    version bigint not null default 0,
    constraint team_name unique (name)
);
comment on table team is 'Teams that hold children''s work';
comment on column team.id is 'Identifier [Sensitivity: NONE]';
comment on column team.name is 'Team name [Sensitivity: NONE]';
comment on column team.kind is 'What the team does [Sensitivity: NONE]';
comment on column team.service_id is 'Its service [Sensitivity: NONE]';
comment on column team.manager_username is 'Team manager [Sensitivity: PERSONAL]';
comment on column team.version is 'Optimistic lock [Sensitivity: NONE]';

create table worker (
    id uuid primary key,
    username varchar(100) not null,
    display_name varchar(200) not null,
    job_title varchar(100) not null,
    team_id uuid not null references team (id),
    started_on date not null,
    left_on date,
    absent_from date,
    version bigint not null default 0,
    constraint worker_username unique (username)
);
create index worker_team on worker (team_id);
comment on table worker is 'People who hold children''s work';
comment on column worker.id is 'Identifier [Sensitivity: NONE]';
comment on column worker.username is 'Their Hearth sign-in [Sensitivity: PERSONAL]';
comment on column worker.display_name is 'Name [Sensitivity: PERSONAL]';
comment on column worker.job_title is 'Job title [Sensitivity: NONE]';
comment on column worker.team_id is 'Current team [Sensitivity: NONE]';
comment on column worker.started_on is 'Start date [Sensitivity: PERSONAL]';
comment on column worker.left_on is 'Leaving date [Sensitivity: PERSONAL]';
comment on column worker.absent_from is 'Absent since (their children are listed for reallocation) [Sensitivity: PERSONAL]';
comment on column worker.version is 'Optimistic lock [Sensitivity: NONE]';

create table allocation (
    id uuid primary key,
    child_id uuid not null,
    team_id uuid not null references team (id),
    worker_username varchar(100),
    allocated_from date not null,
    allocated_to date,
    reason varchar(500) not null,
    allocated_by varchar(100) not null,
    version bigint not null default 0
);
create index allocation_child on allocation (child_id, allocated_to);
create index allocation_worker on allocation (worker_username, allocated_to);
create index allocation_team on allocation (team_id, allocated_to);
comment on table allocation is 'Which team and worker hold a child''s work, as history';
comment on column allocation.id is 'Identifier [Sensitivity: NONE]';
comment on column allocation.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column allocation.team_id is 'The team [Sensitivity: NONE]';
comment on column allocation.worker_username is 'The worker, or null when held on duty [Sensitivity: PERSONAL]';
comment on column allocation.allocated_from is 'From [Sensitivity: NONE]';
comment on column allocation.allocated_to is 'Until (null while current) [Sensitivity: NONE]';
comment on column allocation.reason is 'Why allocated [Sensitivity: PERSONAL]';
comment on column allocation.allocated_by is 'Who allocated [Sensitivity: PERSONAL]';
comment on column allocation.version is 'Optimistic lock [Sensitivity: NONE]';
