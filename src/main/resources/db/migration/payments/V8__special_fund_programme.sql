-- 社会组织专项资金: a project grant approved by the bureau, paid once (module organisations).
insert into payments.programme (code, label) values ('SPECIAL_FUND', '社会组织专项资金');
