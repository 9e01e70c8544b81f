-- A trustee's own 社会组织账号 files its trust online (慈善法 art. 45): the filing waits for the
-- civil-affairs office's review (PENDING), which accepts it (ACTIVE) or returns it with a reason
-- (RETURNED: not a filed trust, the trustee files again). The filing day — for the 7-day period —
-- is the day the trustee submitted it.
alter table organisations.charity_trust drop constraint charity_trust_status_check;
alter table organisations.charity_trust
  add constraint charity_trust_status_check check (status in ('PENDING', 'ACTIVE', 'RETURNED', 'TERMINATED')),
  add column online       boolean not null default false,
  add column reviewed_by  text,
  add column reviewed_on  date,
  add column review_note  text;
