-- Convictions and cautions (SSDA903 OC2 CONVICTED) are recorded as care_health_entry rows of kind CONVICTION with
-- outcome CONVICTED or NOT_CONVICTED, for children of 10 or over; the columns already hold them, their comments say so.
comment on table care_health_entry is 'Health, education, advocacy and conviction records of looked after children (SSDA903 OC2 source)';
comment on column care_health_entry.kind is 'What the record is: health assessment, dental check, SDQ, PEP, school change, advocate, conviction or caution (OC2 CONVICTED)... [Sensitivity: SPECIAL-CATEGORY]';
comment on column care_health_entry.outcome is 'Outcome: immunisations up to date, substance misuse identified, advocate offered/accepted/declined/matched, convicted or cautioned in the year or not (SSDA903 CONVICTED, criminal offence data) [Sensitivity: SPECIAL-CATEGORY]';
comment on column care_health_entry.detail is 'The school, the note on attendance or an exclusion, or the offence and sentence [Sensitivity: SPECIAL-CATEGORY]';
