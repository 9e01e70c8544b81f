-- 惠民殡葬补贴: a one-off payment per death to the family's payee (module funeral).
insert into payments.programme (code, label) values ('FUNERAL', '惠民殡葬补贴');
