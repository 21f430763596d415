create table person (
    id uuid primary key,
    kind varchar(10) not null,
    la_child_id varchar(20),
    nhs_number varchar(10),
    upn varchar(13),
    first_name varchar(100) not null,
    middle_names varchar(200),
    last_name varchar(100) not null,
    date_of_birth date,
    expected_date_of_birth date,
    date_of_death date,
    sex varchar(1) not null,
    gender varchar(100),
    ethnicity varchar(4),
    first_language varchar(100),
    religion varchar(100),
    disabilities varchar(100),
    immigration_status varchar(100),
    uasc boolean not null default false,
    created_at timestamp with time zone not null,
    created_by varchar(100) not null,
    voided boolean not null default false,
    void_reason varchar(500),
    version bigint not null default 0,
    constraint person_la_child_id unique (la_child_id)
);
create index person_nhs_number on person (nhs_number);
create index person_upn on person (upn);
create index person_date_of_birth on person (date_of_birth);
comment on table person is 'Children and the adults in their lives';
comment on column person.id is 'Identifier [Sensitivity: NONE]';
comment on column person.kind is 'CHILD or ADULT [Sensitivity: NONE]';
comment on column person.la_child_id is 'Local authority child identifier used in the DfE returns [Sensitivity: PERSONAL]';
comment on column person.nhs_number is 'NHS number, checksum validated [Sensitivity: PERSONAL]';
comment on column person.upn is 'Unique pupil number, check letter validated [Sensitivity: PERSONAL]';
comment on column person.first_name is 'First name [Sensitivity: PERSONAL]';
comment on column person.middle_names is 'Middle names [Sensitivity: PERSONAL]';
comment on column person.last_name is 'Last name [Sensitivity: PERSONAL]';
comment on column person.date_of_birth is 'Date of birth [Sensitivity: PERSONAL]';
comment on column person.expected_date_of_birth is 'Expected date of birth of an unborn child [Sensitivity: SPECIAL-CATEGORY]';
comment on column person.date_of_death is 'Date of death [Sensitivity: PERSONAL]';
comment on column person.sex is 'M, F or U [Sensitivity: PERSONAL]';
comment on column person.gender is 'Gender identity in the person''s words [Sensitivity: SPECIAL-CATEGORY]';
comment on column person.ethnicity is 'DfE ethnicity code [Sensitivity: SPECIAL-CATEGORY]';
comment on column person.first_language is 'First language [Sensitivity: PERSONAL]';
comment on column person.religion is 'Religion [Sensitivity: SPECIAL-CATEGORY]';
comment on column person.disabilities is 'DfE disability codes, comma separated [Sensitivity: SPECIAL-CATEGORY]';
comment on column person.immigration_status is 'Immigration status [Sensitivity: SPECIAL-CATEGORY]';
comment on column person.uasc is 'Unaccompanied asylum-seeking child [Sensitivity: SPECIAL-CATEGORY]';
comment on column person.created_at is 'When the record was created [Sensitivity: NONE]';
comment on column person.created_by is 'Who created it [Sensitivity: PERSONAL]';
comment on column person.voided is 'Voided by mistake; never deleted [Sensitivity: NONE]';
comment on column person.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column person.version is 'Optimistic lock [Sensitivity: NONE]';

create table person_name (
    id uuid primary key,
    person_id uuid not null references person (id),
    kind varchar(10) not null,
    first_name varchar(100) not null,
    last_name varchar(100) not null,
    first_key varchar(20) not null,
    last_key varchar(20) not null,
    first_lower varchar(100) not null,
    last_lower varchar(100) not null,
    used_until date
);
create index person_name_person on person_name (person_id);
create index person_name_last_key on person_name (last_key, first_key);
create index person_name_last_lower on person_name (last_lower, first_lower);
comment on table person_name is 'Current, former and alias names, with phonetic keys for search';
comment on column person_name.id is 'Identifier [Sensitivity: NONE]';
comment on column person_name.person_id is 'Whose name [Sensitivity: NONE]';
comment on column person_name.kind is 'CURRENT, FORMER or ALIAS [Sensitivity: NONE]';
comment on column person_name.first_name is 'First name [Sensitivity: PERSONAL]';
comment on column person_name.last_name is 'Last name [Sensitivity: PERSONAL]';
comment on column person_name.first_key is 'Double Metaphone key of the first name [Sensitivity: PERSONAL]';
comment on column person_name.last_key is 'Double Metaphone key of the last name [Sensitivity: PERSONAL]';
comment on column person_name.first_lower is 'First name, plain lower case [Sensitivity: PERSONAL]';
comment on column person_name.last_lower is 'Last name, plain lower case [Sensitivity: PERSONAL]';
comment on column person_name.used_until is 'A former name was used until this date [Sensitivity: PERSONAL]';

create table person_address (
    id uuid primary key,
    person_id uuid not null references person (id),
    line1 varchar(200) not null,
    line2 varchar(200),
    town varchar(100) not null,
    postcode varchar(10) not null,
    lived_from date not null,
    lived_to date,
    voided boolean not null default false,
    void_reason varchar(500),
    version bigint not null default 0
);
create index person_address_person on person_address (person_id);
comment on table person_address is 'Addresses with history';
comment on column person_address.id is 'Identifier [Sensitivity: NONE]';
comment on column person_address.person_id is 'Whose address [Sensitivity: NONE]';
comment on column person_address.line1 is 'First line [Sensitivity: PERSONAL]';
comment on column person_address.line2 is 'Second line [Sensitivity: PERSONAL]';
comment on column person_address.town is 'Town [Sensitivity: PERSONAL]';
comment on column person_address.postcode is 'Postcode [Sensitivity: PERSONAL]';
comment on column person_address.lived_from is 'Lived there from [Sensitivity: PERSONAL]';
comment on column person_address.lived_to is 'Lived there until [Sensitivity: PERSONAL]';
comment on column person_address.voided is 'Voided by mistake [Sensitivity: NONE]';
comment on column person_address.void_reason is 'Why voided [Sensitivity: PERSONAL]';
comment on column person_address.version is 'Optimistic lock [Sensitivity: NONE]';

create table relationship (
    id uuid primary key,
    person_id uuid not null references person (id),
    related_person_id uuid not null references person (id),
    type varchar(30) not null,
    lives_with boolean not null default false,
    parental_responsibility boolean not null default false,
    started_on date,
    ended_on date,
    voided boolean not null default false,
    void_reason varchar(500),
    version bigint not null default 0
);
create index relationship_person on relationship (person_id);
create index relationship_related on relationship (related_person_id);
comment on table relationship is 'Family and household relationships';
comment on column relationship.id is 'Identifier [Sensitivity: NONE]';
comment on column relationship.person_id is 'The person [Sensitivity: NONE]';
comment on column relationship.related_person_id is 'The person they are related to [Sensitivity: NONE]';
comment on column relationship.type is 'Relationship type [Sensitivity: PERSONAL]';
comment on column relationship.lives_with is 'They live together [Sensitivity: PERSONAL]';
comment on column relationship.parental_responsibility is 'Holds parental responsibility [Sensitivity: PERSONAL]';
comment on column relationship.started_on is 'From [Sensitivity: PERSONAL]';
comment on column relationship.ended_on is 'Until [Sensitivity: PERSONAL]';
comment on column relationship.voided is 'Voided by mistake [Sensitivity: NONE]';
comment on column relationship.void_reason is 'Why voided [Sensitivity: PERSONAL]';
comment on column relationship.version is 'Optimistic lock [Sensitivity: NONE]';

create table professional_involvement (
    id uuid primary key,
    person_id uuid not null references person (id),
    role varchar(30) not null,
    name varchar(200) not null,
    organisation varchar(200),
    contact varchar(200),
    involved_from date,
    involved_to date,
    voided boolean not null default false,
    version bigint not null default 0
);
create index professional_involvement_person on professional_involvement (person_id);
comment on table professional_involvement is 'Professionals involved with a child';
comment on column professional_involvement.id is 'Identifier [Sensitivity: NONE]';
comment on column professional_involvement.person_id is 'The child [Sensitivity: NONE]';
comment on column professional_involvement.role is 'School, GP, health visitor and so on [Sensitivity: NONE]';
comment on column professional_involvement.name is 'Professional or setting name [Sensitivity: PERSONAL]';
comment on column professional_involvement.organisation is 'Organisation [Sensitivity: NONE]';
comment on column professional_involvement.contact is 'How to reach them [Sensitivity: PERSONAL]';
comment on column professional_involvement.involved_from is 'From [Sensitivity: NONE]';
comment on column professional_involvement.involved_to is 'Until [Sensitivity: NONE]';
comment on column professional_involvement.voided is 'Voided by mistake [Sensitivity: NONE]';
comment on column professional_involvement.version is 'Optimistic lock [Sensitivity: NONE]';

create sequence la_child_id_seq start with 1000001;
