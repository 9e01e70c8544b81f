-- 静默认证: the traces of life in the departmental feeds (medical-insurance settlement, pension
-- collection, hospital visit, transport card, bank activity), published for the 高龄津贴's existence
-- check as monitoring's first published view. Columns keep their names and meaning when the fact
-- table changes.
create view monitoring.life_trace_fact as
select person_id, feed_type as trace_type, fact_date as trace_date, detail, received_at
from monitoring.fact
where feed_type in ('MEDICAL_SETTLEMENT', 'PENSION_COLLECTION', 'HOSPITAL_VISIT', 'TRANSPORT_CARD',
                    'BANK_ACTIVITY');

grant select on monitoring.life_trace_fact to ${app_role};
