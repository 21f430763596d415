create table ons_postcode (
    postcode varchar(8) primary key,
    pcds varchar(8) not null,
    laua varchar(9),
    utla varchar(9),
    easting integer,
    northing integer,
    latitude numeric(9, 6),
    longitude numeric(9, 6)
);
comment on table ons_postcode is 'The part of the ONS postcode directory (ONSPD or NSPL) the SSDA903 rules need, as last imported with import postcodes: each postcode''s local authority and grid reference, from which the placement''s authority (PL_LA, PL_LOCATION) and distance from home (PL_DISTANCE) are worked out. Each import replaces the whole directory';
comment on column ons_postcode.postcode is 'The postcode as looked up: capitals without spaces [Sensitivity: NONE]';
comment on column ons_postcode.pcds is 'The postcode as the directory writes it (pcds), e.g. RG1 2LU [Sensitivity: NONE]';
comment on column ons_postcode.laua is 'ONS code of the local authority district (laua), e.g. E06000038 [Sensitivity: NONE]';
comment on column ons_postcode.utla is 'ONS code of the upper-tier authority, when the file gives it (for a county district); null means the district is the authority [Sensitivity: NONE]';
comment on column ons_postcode.easting is 'OS grid easting in metres (oseast1m); null when the directory has none [Sensitivity: NONE]';
comment on column ons_postcode.northing is 'OS grid northing in metres (osnrth1m); null when the directory has none [Sensitivity: NONE]';
comment on column ons_postcode.latitude is 'Latitude (lat), when the file gives it [Sensitivity: NONE]';
comment on column ons_postcode.longitude is 'Longitude (long), when the file gives it [Sensitivity: NONE]';
