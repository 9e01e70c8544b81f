-- 辅具租赁补贴: the subsidy share of the rent of a person with a disability rating, settled per month
-- for the rental days of the month (module disability).
insert into payments.programme (code, label) values ('DEVICE_RENTAL', '辅具租赁补贴');
