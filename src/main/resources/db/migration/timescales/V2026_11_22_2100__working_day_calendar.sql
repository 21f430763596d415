create table local_closure_day (
    id uuid primary key,
    closure_date date not null,
    description varchar(200) not null,
    added_by varchar(100) not null,
    added_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(500),
    voided_by varchar(100),
    voided_at timestamp with time zone,
    version bigint not null default 0
);
create index local_closure_day_date on local_closure_day (closure_date);
comment on table local_closure_day is 'Days the council closes its offices, counted as non-working for local standards only';
comment on column local_closure_day.id is 'Identifier [Sensitivity: NONE]';
comment on column local_closure_day.closure_date is 'The day the offices close [Sensitivity: NONE]';
comment on column local_closure_day.description is 'Why, e.g. council closure between Christmas and New Year [Sensitivity: NONE]';
comment on column local_closure_day.added_by is 'Who added it [Sensitivity: PERSONAL]';
comment on column local_closure_day.added_at is 'When it was added [Sensitivity: NONE]';
comment on column local_closure_day.voided is 'True once voided (never deleted) [Sensitivity: NONE]';
comment on column local_closure_day.void_reason is 'Why it was voided [Sensitivity: NONE]';
comment on column local_closure_day.voided_by is 'Who voided it [Sensitivity: PERSONAL]';
comment on column local_closure_day.voided_at is 'When it was voided [Sensitivity: NONE]';
comment on column local_closure_day.version is 'Optimistic lock [Sensitivity: NONE]';
