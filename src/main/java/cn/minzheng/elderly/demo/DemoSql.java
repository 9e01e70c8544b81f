package cn.minzheng.elderly.demo;

/** The longer demo statements. */
final class DemoSql {

  private DemoSql() {}

  /**
   * Three visits per home-service elder over the last three months, by a provider of the street.
   */
  static final String ORDERS =
      """
      insert into elderly.home_service_order (person_id, provider_id, item, scheduled_on, status,
             placed_by, region_code, created_by)
      select r.person_id, p.id,
             (array['CLEANING','BATHING','MEALS','MEDICAL','COMFORT','ERRANDS'])[1 + (r.person_id + g) % 6],
             cast(? as date) - (g * 25 + r.person_id % 20)::int, 'DONE',
             case when g = 1 then 'CITIZEN' else 'STAFF' end, r.region_code, 'demo'
        from elderly.home_service_recipient r
        join lateral (select id from elderly.service_provider sp
                       where sp.demo and sp.region_code = left(r.region_code, 9) || '000'
                       limit 1) p on true,
             generate_series(0, 2) g
       where r.demo""";

  static final String RECORDS =
      """
      insert into elderly.home_service_record (order_id, worker_id, provider_id, person_id,
             served_at, minutes, amount, confirmed_at, rating, complaint, region_code, created_by)
      select o.id, w.id, o.provider_id, o.person_id,
             (o.scheduled_on + time '09:30') at time zone 'Asia/Shanghai',
             60 + (o.id % 4) * 30, round((60 + (o.id % 4) * 30) * 45.0 / 60, 2),
             case when o.id % 10 < 9 then (o.scheduled_on + time '12:00') at time zone 'Asia/Shanghai' end,
             case when o.id % 10 < 9 then 3 + (o.id % 3)::int end,
             case when o.id % 50 = 0 then '服务人员迟到' end,
             o.region_code, 'demo'
        from elderly.home_service_order o
        join lateral (select id from elderly.provider_worker pw where pw.provider_id = o.provider_id
                       order by id limit 1 offset (o.id % 3)) w on true
       where o.created_by = 'demo'
         and not exists (select 1 from elderly.home_service_record x where x.order_id = o.id)""";

  /** 0.025 % of the population aged 60+ living alone or as a couple: every step represented. */
  static final String MODIFICATION_CASES =
      """
      insert into elderly.modification_case (person_id, region_code, status, applied_on, demo,
             created_by)
      select id, residence_region_code,
             (array['APPLIED','ASSESSED','PLANNED','IN_WORKS','ACCEPTED','SUBSIDISED','SUBSIDISED',
                    'SUBSIDISED'])[1 + (id / 800) % 8],
             cast(? as date) - (id % 300)::int, true, 'demo'
        from registry.person_fact
       where life_status = 'ALIVE' and birth_date <= current_date - interval '60 years'
         and id % 800 = 7
      on conflict do nothing""";

  static final String MODIFICATION_ITEMS =
      """
      insert into elderly.modification_item (case_id, code, quantity, cost)
      select c.id, k.code, 1 + c.id % 3, k.unit_price * (1 + c.id % 3)
        from elderly.modification_case c
        join elderly.modification_catalogue k
          on k.code in ('GRAB_BAR', 'ANTI_SLIP', case when c.id % 2 = 0 then 'ALARM' else 'RAMP' end)
       where c.demo and c.status <> 'APPLIED'
      on conflict do nothing""";
}
