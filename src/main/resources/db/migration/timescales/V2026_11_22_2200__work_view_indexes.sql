-- Work views (my work, team, service) at volume: every query they make reads one of these ranges.
-- Open items by responsible use obligation_open_by_responsible (responsible, is_open, due_date);
-- reassigning a child's open items uses obligation_open_by_subject (subject_id, is_open, due_date).

-- Items met late in the last 30 days for one worker: equality on responsible and state, a range on met_at.
create index obligation_met_by_responsible on obligation (responsible, state, met_at);

-- Timeliness per rule over a range of due dates: covers every column the query reads, so it is
-- answered from the index without visiting the table.
create index obligation_timeliness on obligation (due_date, rule_id, voided, met_at, overdue_from);
