-- Organisations as payees: a special-fund grant is paid into the organisation's own bank account,
-- under its name and credit code, not to its legal representative. Every entitlement, adjustment,
-- payee account and roster line is keyed by a payee id in its person_id column, so far always a
-- registry person (positive ids). An organisation payee takes its id from a descending identity
-- (-1, -2, ...), so both kinds share that one column, and with it the one entitlement per payee,
-- programme and month, the one active account per payee and the single re-issue of a failed line,
-- without changing any person's row or any statement of the roster run. Nothing else is added to
-- the existing tables; the roster page and figures read the organisation's name and code here.
create table payments.organisation_payee
(
  id          bigint generated always as identity (start with -1 increment by -1 maxvalue -1)
                primary key check (id < 0),
  credit_code text        not null unique check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
  name        text        not null check (btrim(name) <> ''),
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now()
);
