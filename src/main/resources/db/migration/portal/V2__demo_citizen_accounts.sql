-- Demo accounts have a published password: marked, so that a start outside the demo profile
-- can refuse while any of them exists.
alter table portal.citizen_account add column demo boolean not null default false;
