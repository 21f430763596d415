create table adoption_care_fact (
    period_id uuid primary key,
    child_id uuid not null,
    entered_care_on date not null,
    placed_for_adoption_on date,
    ceased_on date,
    reason_ceased varchar(10),
    version bigint not null default 0
);
comment on table adoption_care_fact is 'Adoption''s own record of the care facts it needs, kept from the children in care events';
comment on column adoption_care_fact.period_id is 'The period of care [Sensitivity: NONE]';
comment on column adoption_care_fact.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column adoption_care_fact.entered_care_on is 'Date the child began the period of care [Sensitivity: PERSONAL]';
comment on column adoption_care_fact.placed_for_adoption_on is 'Date of the first placement for adoption (A3 to A6) in the period [Sensitivity: PERSONAL]';
comment on column adoption_care_fact.ceased_on is 'Date the period ended [Sensitivity: PERSONAL]';
comment on column adoption_care_fact.reason_ceased is 'SSDA903 reason the period ended [Sensitivity: PERSONAL]';
comment on column adoption_care_fact.version is 'Optimistic lock [Sensitivity: NONE]';
create index adoption_care_fact_child on adoption_care_fact (child_id);

create table adoption_child_plan (
    id uuid primary key,
    child_id uuid not null,
    decided_on date not null,
    decision_maker varchar(200) not null,
    fostering_for_adoption boolean not null,
    concurrent_planning boolean not null,
    placement_order_on date,
    matched_on date,
    adopter_id uuid,
    adopter_name varchar(200),
    placed_on date,
    ffa_placed_on date,
    order_on date,
    stopped_on date,
    stopped_reason varchar(2000),
    life_story_started_on date,
    life_story_done_on date,
    match_obligation_id uuid,
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
comment on table adoption_child_plan is 'A child''s adoption journey: should be placed decision, placement order, match, placement, order';
comment on column adoption_child_plan.id is 'Identifier [Sensitivity: NONE]';
comment on column adoption_child_plan.child_id is 'The child [Sensitivity: PERSONAL]';
comment on column adoption_child_plan.decided_on is 'Date the agency decision maker decided the child should be placed for adoption [Sensitivity: PERSONAL]';
comment on column adoption_child_plan.decision_maker is 'The agency decision maker [Sensitivity: PERSONAL]';
comment on column adoption_child_plan.fostering_for_adoption is 'Placed with approved adopters as foster carers first (reg 25A) [Sensitivity: NONE]';
comment on column adoption_child_plan.concurrent_planning is 'Concurrent planning [Sensitivity: NONE]';
comment on column adoption_child_plan.placement_order_on is 'Date of the placement order (or consent) [Sensitivity: PERSONAL]';
comment on column adoption_child_plan.matched_on is 'Date the match with adopters was approved [Sensitivity: PERSONAL]';
comment on column adoption_child_plan.adopter_id is 'The prospective adopters matched [Sensitivity: NONE]';
comment on column adoption_child_plan.adopter_name is 'The prospective adopters'' name [Sensitivity: PERSONAL]';
comment on column adoption_child_plan.placed_on is 'Date the child moved in with the adopters [Sensitivity: PERSONAL]';
comment on column adoption_child_plan.ffa_placed_on is 'Fostering for adoption: date the child moved in with the carers who went on to adopt [Sensitivity: PERSONAL]';
comment on column adoption_child_plan.order_on is 'Date of the adoption order [Sensitivity: PERSONAL]';
comment on column adoption_child_plan.stopped_on is 'Date of the decision that the child should no longer be placed for adoption [Sensitivity: PERSONAL]';
comment on column adoption_child_plan.stopped_reason is 'Why the child should no longer be placed [Sensitivity: SPECIAL-CATEGORY]';
comment on column adoption_child_plan.life_story_started_on is 'Life-story work started [Sensitivity: PERSONAL]';
comment on column adoption_child_plan.life_story_done_on is 'Life-story book and later-life letter given [Sensitivity: PERSONAL]';
comment on column adoption_child_plan.match_obligation_id is 'The open obligation for the match [Sensitivity: NONE]';
comment on column adoption_child_plan.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column adoption_child_plan.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column adoption_child_plan.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column adoption_child_plan.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column adoption_child_plan.version is 'Optimistic lock [Sensitivity: NONE]';
create index adoption_child_plan_child on adoption_child_plan (child_id);

create table adoption_adopter (
    id uuid primary key,
    name varchar(200) not null,
    enquiry_on date not null,
    stage1_on date,
    stage2_on date,
    approved_on date,
    matched_on date,
    placed_on date,
    order_on date,
    left_on date,
    left_reason varchar(1000),
    recorded_by varchar(100) not null,
    recorded_at timestamp with time zone not null,
    voided boolean not null default false,
    void_reason varchar(1000),
    version bigint not null default 0
);
comment on table adoption_adopter is 'Prospective adopters: enquiry, stage 1, stage 2, approval, match, placement, order';
comment on column adoption_adopter.id is 'Identifier [Sensitivity: NONE]';
comment on column adoption_adopter.name is 'The prospective adopters [Sensitivity: PERSONAL]';
comment on column adoption_adopter.enquiry_on is 'Date of the first enquiry [Sensitivity: PERSONAL]';
comment on column adoption_adopter.stage1_on is 'Date stage 1 (registration of interest) began [Sensitivity: PERSONAL]';
comment on column adoption_adopter.stage2_on is 'Date stage 2 (assessment) began [Sensitivity: PERSONAL]';
comment on column adoption_adopter.approved_on is 'Date approved as suitable to adopt [Sensitivity: PERSONAL]';
comment on column adoption_adopter.matched_on is 'Date matched with a child [Sensitivity: PERSONAL]';
comment on column adoption_adopter.placed_on is 'Date a child moved in [Sensitivity: PERSONAL]';
comment on column adoption_adopter.order_on is 'Date of the adoption order [Sensitivity: PERSONAL]';
comment on column adoption_adopter.left_on is 'Date they left the process [Sensitivity: PERSONAL]';
comment on column adoption_adopter.left_reason is 'Why they left the process [Sensitivity: PERSONAL]';
comment on column adoption_adopter.recorded_by is 'Who recorded it [Sensitivity: PERSONAL]';
comment on column adoption_adopter.recorded_at is 'When it was recorded [Sensitivity: NONE]';
comment on column adoption_adopter.voided is 'Recorded in error [Sensitivity: NONE]';
comment on column adoption_adopter.void_reason is 'Why it was voided [Sensitivity: PERSONAL]';
comment on column adoption_adopter.version is 'Optimistic lock [Sensitivity: NONE]';
