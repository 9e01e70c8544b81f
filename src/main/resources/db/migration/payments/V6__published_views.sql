-- What other modules may read from payments in set-based SQL (a programme's statistics of what it
-- handed in, the corrections of an approved month): these views are the payments module's
-- published contract, as registry's *_fact views are the registry's. Their columns keep their
-- names and meaning when the tables behind them change; the tables themselves are payments' own.
-- Changes still go through cn.minzheng.payments.Entitlements.

-- The entitlements a programme submitted: one row per person, programme and month (first day).
create view payments.entitlement_fact as
select person_id, programme, month, amount, region_code, case_ref
from payments.entitlement;

-- Arrears (positive) and recoveries (negative) of an approved month, paid in a later month.
create view payments.adjustment_fact as
select person_id, programme, for_month, pay_month, amount, region_code
from payments.adjustment;

grant select on payments.entitlement_fact, payments.adjustment_fact to ${app_role};
