-- 社会组织专项资金项目 (domain-rules §9.4): the bureau opens a call (year, budget, categories, the
-- window for applications, scoring criteria); organisations apply (through their own account or
-- entered by staff); eligibility is checked when applying and again when approving; several
-- reviewers score each application once; the city approves within the call's budget; the grant is
-- paid once through payments; mid-term and final evaluations close the project.
create table organisations.project_call
(
  id              bigint generated always as identity primary key,
  year            integer        not null check (year between 2016 and 2100),
  title           text           not null check (btrim(title) <> ''),
  budget          numeric(14, 2) not null check (budget > 0),
  categories      text[]         not null check (cardinality(categories) > 0),
  opens_on        date           not null,
  closes_on       date           not null check (closes_on >= opens_on),
  criteria        text           not null check (btrim(criteria) <> ''),
  -- the reviewers an application needs before a decision, and the average it needs to be approved
  min_reviewers   integer        not null default 3 check (min_reviewers between 1 and 9),
  pass_score      numeric(5, 2)  not null default 60 check (pass_score between 0 and 100),
  demo            boolean        not null default false,
  created_by      text           not null,
  created_at      timestamptz    not null default now()
);
create index project_call_year on organisations.project_call (year);

create table organisations.project_application
(
  id                bigint generated always as identity primary key,
  call_id           bigint         not null references organisations.project_call (id),
  organisation_id   bigint         not null references organisations.organisation (id),
  -- as at the application, so that lists and the roster basis never change afterwards
  organisation_name text           not null,
  region_code       text           not null check (region_code ~ '^[0-9]{12}$'),
  title             text           not null check (btrim(title) <> ''),
  category          text           not null,
  requested         numeric(14, 2) not null check (requested > 0),
  summary           text           not null check (btrim(summary) <> ''),
  submitted_on      date           not null,
  submitted_by      text           not null,
  -- SUBMITTED → APPROVED | REJECTED; an approved project is evaluated mid-term, then finally
  status            text           not null default 'SUBMITTED'
                      check (status in ('SUBMITTED', 'APPROVED', 'REJECTED')),
  approved_amount   numeric(14, 2) check (approved_amount > 0 and approved_amount <= requested),
  decided_on        date,
  decided_by        text,
  decision_note     text,
  demo              boolean        not null default false,
  constraint project_application_once unique (call_id, organisation_id),
  constraint project_application_decided check ((status = 'SUBMITTED') = (decided_on is null)),
  constraint project_application_amount check ((status = 'APPROVED') = (approved_amount is not null))
);
create index project_application_call on organisations.project_application (call_id, status);
create index project_application_region on organisations.project_application (region_code);
create index project_application_organisation on organisations.project_application (organisation_id);

-- One score per reviewer and application (the database refuses a second).
create table organisations.project_score
(
  id             bigint generated always as identity primary key,
  application_id bigint        not null references organisations.project_application (id),
  reviewer       text          not null,
  score          numeric(5, 2) not null check (score between 0 and 100),
  remarks        text,
  scored_on      date          not null,
  constraint project_score_once unique (application_id, reviewer)
);

-- The grant of an approved project: one per application, paid once through payments. payee_person_id
-- is the organisation's legal representative in the registry (payments keys payees by person);
-- the basis carries the organisation's name and credit code. submitted: the pay month was handed
-- to payments (a locked month moves the unsubmitted grants to the next one).
create table organisations.project_grant
(
  id               bigint generated always as identity primary key,
  application_id   bigint         not null unique references organisations.project_application (id),
  grant_number     text           not null unique,
  amount           numeric(14, 2) not null check (amount > 0),
  payee_person_id  bigint         not null,
  region_code      text           not null check (region_code ~ '^[0-9]{12}$'),
  pay_month        date           not null check (extract(day from pay_month) = 1),
  submitted        boolean        not null default false,
  created_at       timestamptz    not null default now()
);
create index project_grant_month on organisations.project_grant (pay_month);
create sequence organisations.project_grant_seq;

-- 中期评估 and 结项评估: once each per project.
create table organisations.project_evaluation
(
  id             bigint generated always as identity primary key,
  application_id bigint      not null references organisations.project_application (id),
  stage          text        not null check (stage in ('MID_TERM', 'FINAL')),
  result         text        not null check (result in ('EXCELLENT', 'GOOD', 'PASS', 'FAIL')),
  findings       text        not null check (btrim(findings) <> ''),
  evaluated_on   date        not null,
  evaluated_by   text        not null,
  constraint project_evaluation_once unique (application_id, stage)
);
