-- A grant to a registered organisation (one with a credit code) is paid into the organisation's own
-- bank account: payee_id is its payee in payments (PayeeAccounts.organisation, a negative id). A
-- filed community organisation has no legal personality and no account of its own; its grant goes
-- to its responsible person as before (payee_person_id), as do the grants made before this change.
alter table organisations.project_grant
  alter column payee_person_id drop not null,
  add column payee_id bigint check (payee_id < 0),
  add constraint project_grant_has_payee check ((payee_id is null) <> (payee_person_id is null));
