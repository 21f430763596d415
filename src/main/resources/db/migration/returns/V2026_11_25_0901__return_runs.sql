create table return_run (
    id uuid primary key,
    kind varchar(20) not null,
    return_name varchar(40) not null,
    period varchar(40),
    files text,
    children integer,
    errors integer,
    queries integer,
    outcome varchar(2000),
    via varchar(20) not null,
    run_by varchar(100) not null,
    run_at timestamp with time zone not null
);
comment on table return_run is 'Every statutory return produced or validated (command line, returns page, data quality page or nightly check): who, when, which return and period, the files and how many findings';
comment on column return_run.id is 'Identifier [Sensitivity: NONE]';
comment on column return_run.kind is 'EXPORT (a return written) or VALIDATE (the DfE rules run over a file or the live data) [Sensitivity: NONE]';
comment on column return_run.return_name is 'The return, e.g. cin-census or ssda903 [Sensitivity: NONE]';
comment on column return_run.period is 'The period covered, e.g. 2026 or 2025-04-01 to 2025-11-23 [Sensitivity: NONE]';
comment on column return_run.files is 'The files written or read, one per line [Sensitivity: NONE]';
comment on column return_run.children is 'How many children the return covered, when known [Sensitivity: NONE]';
comment on column return_run.errors is 'How many DfE errors the validation found [Sensitivity: NONE]';
comment on column return_run.queries is 'How many DfE queries the validation found [Sensitivity: NONE]';
comment on column return_run.outcome is 'Why the run failed, when it did [Sensitivity: NONE]';
comment on column return_run.via is 'COMMAND, PAGE, DATA_QUALITY or SCHEDULE [Sensitivity: NONE]';
comment on column return_run.run_by is 'Username of who ran it, or system for the nightly check [Sensitivity: PERSONAL]';
comment on column return_run.run_at is 'When it ran [Sensitivity: NONE]';
create index return_run_at on return_run (run_at);
