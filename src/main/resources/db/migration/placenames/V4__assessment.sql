-- 综合评估 (地名管理条例 art. 11 para. 2; 实施办法, 民政部令第71号 2024, art. 5): the first step of a
-- significant name, before the experts' 论证 and the public consultation. The report covers the
-- name's legality, feasibility and controllability, its possible social impact and risks, and the
-- measures against them; its conclusion decides whether the name goes on (FEASIBLE: the experts
-- review it and the consultation opens, closing N working days after the assessment day) or can
-- only be refused (INFEASIBLE). One assessment per application; it is not rewritten.
create table placenames.assessment
(
  application_id  bigint primary key references placenames.application (id),
  legality        text        not null check (length(legality) between 1 and 2000),
  feasibility     text        not null check (length(feasibility) between 1 and 2000),
  controllability text        not null check (length(controllability) between 1 and 2000),
  impact_risks    text        not null check (length(impact_risks) between 1 and 2000),
  measures        text        not null check (length(measures) between 1 and 2000),
  conclusion      text        not null check (conclusion in ('FEASIBLE', 'INFEASIBLE')),
  assessed_on     date        not null,
  recorded_by     text        not null,
  recorded_at     timestamptz not null default now()
);
