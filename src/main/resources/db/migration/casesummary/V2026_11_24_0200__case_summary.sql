create table case_summary (
    id uuid primary key,
    child_id uuid not null,
    who_the_child_is text,
    why_involved text,
    plan_and_risks text,
    child_says text,
    last_reviewed_at timestamp with time zone,
    last_reviewed_by varchar(100),
    created_at timestamp with time zone not null,
    version bigint not null default 0
);
create unique index case_summary_child on case_summary (child_id);
comment on table case_summary is 'The worker''s narrative case summary on a child''s record, and when it was last reviewed';
comment on column case_summary.id is 'Identifier [Sensitivity: NONE]';
comment on column case_summary.child_id is 'The child the summary is about [Sensitivity: PERSONAL]';
comment on column case_summary.who_the_child_is is 'Who the child is, in the worker''s words [Sensitivity: SECRET]';
comment on column case_summary.why_involved is 'Why children''s services are involved [Sensitivity: SECRET]';
comment on column case_summary.plan_and_risks is 'The current plan and risks [Sensitivity: SECRET]';
comment on column case_summary.child_says is 'What the child says, as the worker summarises it [Sensitivity: SECRET]';
comment on column case_summary.last_reviewed_at is 'When the worker last confirmed the summary is up to date [Sensitivity: NONE]';
comment on column case_summary.last_reviewed_by is 'Username of who last reviewed it [Sensitivity: PERSONAL]';
comment on column case_summary.created_at is 'When the summary was first written [Sensitivity: NONE]';
comment on column case_summary.version is 'Optimistic lock [Sensitivity: NONE]';

create table case_summary_revision (
    id uuid primary key,
    summary_id uuid not null references case_summary (id),
    section varchar(30) not null,
    body text,
    revised_by varchar(100) not null,
    revised_at timestamp with time zone not null
);
create index case_summary_revision_summary on case_summary_revision (summary_id, revised_at);
comment on table case_summary_revision is 'Every revision of every section of a case summary, and each review, kept';
comment on column case_summary_revision.id is 'Identifier [Sensitivity: NONE]';
comment on column case_summary_revision.summary_id is 'The case summary revised [Sensitivity: NONE]';
comment on column case_summary_revision.section is 'The section changed, or REVIEWED when the whole summary was reviewed [Sensitivity: NONE]';
comment on column case_summary_revision.body is 'The section''s text as saved in this revision [Sensitivity: SECRET]';
comment on column case_summary_revision.revised_by is 'Username of who saved it [Sensitivity: PERSONAL]';
comment on column case_summary_revision.revised_at is 'When it was saved [Sensitivity: NONE]';

create table care_review_voice (
    id uuid primary key,
    child_id uuid not null,
    review_id uuid not null,
    held_on date not null,
    participation varchar(3),
    words text,
    recorded_at timestamp with time zone not null
);
create unique index care_review_voice_review on care_review_voice (review_id);
create index care_review_voice_child on care_review_voice (child_id);
comment on table care_review_voice is 'The child''s own words at each looked after child review, copied from the review as held';
comment on column care_review_voice.id is 'Identifier [Sensitivity: NONE]';
comment on column care_review_voice.child_id is 'The looked after child [Sensitivity: PERSONAL]';
comment on column care_review_voice.review_id is 'The review in the children in care context [Sensitivity: NONE]';
comment on column care_review_voice.held_on is 'Date the review was held [Sensitivity: PERSONAL]';
comment on column care_review_voice.participation is 'SSDA903 participation code PN0 to PN7 [Sensitivity: PERSONAL]';
comment on column care_review_voice.words is 'What the child said, in their own words [Sensitivity: SECRET]';
comment on column care_review_voice.recorded_at is 'When Hearth copied it [Sensitivity: NONE]';

create table child_letter (
    id uuid primary key,
    child_id uuid not null,
    review_id uuid not null,
    review_date date not null,
    chaired_by varchar(100),
    body text not null,
    status varchar(10) not null,
    drafted_at timestamp with time zone not null,
    edited_by varchar(100),
    edited_at timestamp with time zone,
    finalised_by varchar(100),
    finalised_at timestamp with time zone,
    version bigint not null default 0
);
create unique index child_letter_review on child_letter (review_id);
create index child_letter_child on child_letter (child_id);
comment on table child_letter is 'Letters from the independent reviewing officer to the child after a review; final ones never change';
comment on column child_letter.id is 'Identifier [Sensitivity: NONE]';
comment on column child_letter.child_id is 'The child the letter is written to [Sensitivity: PERSONAL]';
comment on column child_letter.review_id is 'The review the letter is about [Sensitivity: NONE]';
comment on column child_letter.review_date is 'Date of that review [Sensitivity: PERSONAL]';
comment on column child_letter.chaired_by is 'Username of the IRO who chaired the review [Sensitivity: PERSONAL]';
comment on column child_letter.body is 'The letter, in plain language [Sensitivity: SECRET]';
comment on column child_letter.status is 'DRAFT or FINAL [Sensitivity: NONE]';
comment on column child_letter.drafted_at is 'When Hearth drafted it from the review [Sensitivity: NONE]';
comment on column child_letter.edited_by is 'Username of who last edited the draft [Sensitivity: PERSONAL]';
comment on column child_letter.edited_at is 'When the draft was last edited [Sensitivity: NONE]';
comment on column child_letter.finalised_by is 'Username of the IRO who finalised it [Sensitivity: PERSONAL]';
comment on column child_letter.finalised_at is 'When it was finalised; it cannot change after [Sensitivity: NONE]';
comment on column child_letter.version is 'Optimistic lock [Sensitivity: NONE]';
