-- What the approver of a roster must see per line, fixed when the line is drafted (an approved
-- roster is immutable, so the exceptions approved are the exceptions shown later):
--   account_issue   MISSING (no active payee account) or INVALID (the number fails its check
--                   digit): the line is held — it never enters a bank file and waits until an
--                   account is recorded, then a later roster pays it once (kind DEFERRED).
--   previous_amount the person's entitlement of the same programme in the month before (null:
--                   none, i.e. new since last month).
--   died_on         the person's date of death from the registry's published view, when the death
--                   lies before the month paid (a benefit stops from the month after death).

-- Whether the stored number passes its check digit (docs/domain-rules.md "Payee accounts"). Null
-- for accounts registered before this check: they passed the format rule (12 to 30 digits) and
-- are taken as valid; the encrypted numbers cannot be re-checked in SQL.
alter table payments.payee_account add column number_valid boolean;

alter table payments.roster_line
  add column account_issue   text check (account_issue in ('MISSING', 'INVALID')),
  add column previous_amount numeric(12, 2),
  add column died_on         date;

-- DEFERRED: a held line of an earlier roster, paid once its payee has a valid account.
-- reissue_of names the line it pays instead (a failed line for REISSUE, a held one for DEFERRED);
-- its unique index keeps both to once.
alter table payments.roster_line drop constraint roster_line_kind_check;
alter table payments.roster_line
  add constraint roster_line_kind_check
    check (kind in ('REGULAR', 'ADJUSTMENT', 'REISSUE', 'DEFERRED'));

-- The held lines still waiting (the work queue and the next roster run read only these).
create index roster_line_held on payments.roster_line (roster_id) where account_issue is not null;

-- Drafts not approved yet get the rule now; approved rosters keep what was approved.
update payments.roster_line l
   set account_issue = 'MISSING'
  from payments.roster r
 where r.id = l.roster_id and r.state = 'DRAFT' and l.account_id is null;
