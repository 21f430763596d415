alter table worker add column newly_qualified_until date;
comment on column worker.newly_qualified_until is 'End of the assessed and supported year in employment, for a newly qualified social worker [Sensitivity: PERSONAL]';
