alter table cic_placement add column placement_la varchar(100);
comment on column cic_placement.placement_la is 'The local authority whose area the placement is in, when recorded (Ofsted Annex A list 8, LA of Placement) [Sensitivity: PERSONAL]';
