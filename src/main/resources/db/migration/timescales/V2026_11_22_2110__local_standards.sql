create table timescale_setting (
    id uuid primary key,
    setting_key varchar(80) not null,
    amount int not null,
    unit varchar(20) not null,
    changed_by varchar(100) not null,
    changed_at timestamp with time zone not null,
    version bigint not null default 0
);
alter table timescale_setting add constraint timescale_setting_key unique (setting_key);
comment on table timescale_setting is 'Local standards an administrator has set (standards never set keep their default in code)';
comment on column timescale_setting.id is 'Identifier [Sensitivity: NONE]';
comment on column timescale_setting.setting_key is 'Which local standard, e.g. cp-visit-interval [Sensitivity: NONE]';
comment on column timescale_setting.amount is 'How many units [Sensitivity: NONE]';
comment on column timescale_setting.unit is 'WORKING_DAYS, DAYS, WEEKS, MONTHS or HOURS [Sensitivity: NONE]';
comment on column timescale_setting.changed_by is 'Who last changed it [Sensitivity: PERSONAL]';
comment on column timescale_setting.changed_at is 'When it was last changed [Sensitivity: NONE]';
comment on column timescale_setting.version is 'Optimistic lock [Sensitivity: NONE]';

create table timescale_setting_change (
    id uuid primary key,
    setting_key varchar(80) not null,
    before_amount int not null,
    before_unit varchar(20) not null,
    after_amount int not null,
    after_unit varchar(20) not null,
    changed_by varchar(100) not null,
    changed_at timestamp with time zone not null,
    version bigint not null default 0
);
create index timescale_setting_change_key on timescale_setting_change (setting_key, changed_at);
comment on table timescale_setting_change is 'History of every change to a local standard: who, when, before and after';
comment on column timescale_setting_change.id is 'Identifier [Sensitivity: NONE]';
comment on column timescale_setting_change.setting_key is 'Which local standard [Sensitivity: NONE]';
comment on column timescale_setting_change.before_amount is 'Amount before the change [Sensitivity: NONE]';
comment on column timescale_setting_change.before_unit is 'Unit before the change [Sensitivity: NONE]';
comment on column timescale_setting_change.after_amount is 'Amount after the change [Sensitivity: NONE]';
comment on column timescale_setting_change.after_unit is 'Unit after the change [Sensitivity: NONE]';
comment on column timescale_setting_change.changed_by is 'Who changed it [Sensitivity: PERSONAL]';
comment on column timescale_setting_change.changed_at is 'When [Sensitivity: NONE]';
comment on column timescale_setting_change.version is 'Optimistic lock [Sensitivity: NONE]';
