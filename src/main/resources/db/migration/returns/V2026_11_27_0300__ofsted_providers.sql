create table ofsted_provider (
    urn varchar(20) primary key,
    provider_type varchar(100),
    local_authority varchar(100),
    place_codes varchar(100),
    provider_codes varchar(100),
    registration_date date,
    closed_date date,
    places integer,
    postcode varchar(10),
    source_line integer not null
);
comment on table ofsted_provider is 'Ofsted''s list of registered children''s social care providers (children''s homes and other providers), as last imported with import ofsted-providers; read by the SSDA903 URN rules (219, 221, 224, 227-229, 1008). Each import replaces the whole list';
comment on column ofsted_provider.urn is 'Ofsted unique reference number of the setting [Sensitivity: NONE]';
comment on column ofsted_provider.provider_type is 'Ofsted provider type, e.g. Children''s Home [Sensitivity: NONE]';
comment on column ofsted_provider.local_authority is 'The local authority named for the provider in Ofsted''s file [Sensitivity: NONE]';
comment on column ofsted_provider.place_codes is 'SSDA903 placement type codes (PLACE) the setting may be recorded with, comma separated, e.g. K2 [Sensitivity: NONE]';
comment on column ofsted_provider.provider_codes is 'SSDA903 placement provider codes (PLACE_PROVIDER) the setting may be recorded with, comma separated, e.g. PR1,PR2 [Sensitivity: NONE]';
comment on column ofsted_provider.registration_date is 'When the setting was registered with Ofsted [Sensitivity: NONE]';
comment on column ofsted_provider.closed_date is 'When the registration ended (deregistration or closure); null while registered [Sensitivity: NONE]';
comment on column ofsted_provider.places is 'Number of registered places, when the file gives it [Sensitivity: NONE]';
comment on column ofsted_provider.postcode is 'Postcode of the setting, capitals without spaces (a registered business address, not a person''s) [Sensitivity: NONE]';
comment on column ofsted_provider.source_line is 'Line of the imported file the row came from, to trace a value back [Sensitivity: NONE]';
