-- Headline figures (people and money per programme, month and area) for dashboards over the
-- whole city: maintained whenever a programme month is replaced, so that a half-year by district
-- reads a few thousand rows instead of millions of entitlements.
create table payments.month_region_total
(
  programme   text           not null references payments.programme (code),
  month       date           not null,
  region_code text           not null,
  people      bigint         not null,
  amount      numeric(16, 2) not null,
  primary key (programme, month, region_code)
);

insert into payments.month_region_total (programme, month, region_code, people, amount)
select programme, month, region_code, count(*), sum(amount)
  from payments.entitlement
 group by programme, month, region_code;
