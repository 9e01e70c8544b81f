package cn.minzheng.payments.domain;

/** The set-based statements of the roster run; {@code district} maps region codes to districts. */
final class RosterSql {

  private RosterSql() {}

  private static final String DISTRICT =
      "district as (select * from unnest(cast(:codes as text[]), cast(:districts as text[]))"
          + " as d(region_code, district_code)) ";

  /** Failed lines of earlier rosters of the programme, not re-issued yet. */
  private static final String FAILED =
      """
      failed as (select l.id, l.person_id, l.region_code, l.amount, r0.district_code
                   from payments.roster_line l
                   join payments.payment_result pr on pr.line_id = l.id and pr.status = 'FAILED'
                   join payments.roster r0 on r0.id = l.roster_id
                  where r0.programme = :programme and r0.month < :month
                    and r0.district_code = any(cast(:districtSet as text[]))
                    and not exists (select 1 from payments.roster_line x where x.reissue_of = l.id)) """;

  static final String UPSERT_ROSTERS =
      "with "
          + DISTRICT
          + ", "
          + FAILED
          + """
          insert into payments.roster (programme, month, district_code, made_by_id, made_by, made_at)
          select distinct cast(:programme as text), cast(:month as date), x.district_code,
                 cast(:makerId as bigint), cast(:maker as text), now()
            from (select d.district_code from payments.entitlement e
                    join district d on d.region_code = e.region_code
                   where e.programme = :programme and e.month = :month
                  union
                  select d.district_code from payments.adjustment a
                    join district d on d.region_code = a.region_code
                   where a.programme = :programme and a.pay_month = :month
                  union
                  select f.district_code from failed f) x
          on conflict (programme, month, district_code) do update
             set made_by_id = excluded.made_by_id, made_by = excluded.made_by, made_at = now()
           where roster.state = 'DRAFT'""";

  private static final String DRAFTS =
      "drafts as (select id, district_code from payments.roster"
          + " where programme = :programme and month = :month and state = 'DRAFT'"
          + " and district_code = any(cast(:districtSet as text[]))) ";

  static final String CLEAR_DRAFT_LINES =
      "with "
          + DRAFTS
          + "delete from payments.roster_line where roster_id in (select id from drafts)";

  private static final String LINE_COLUMNS =
      " (roster_id, person_id, region_code, amount, kind, entitlement_id, adjustment_id,"
          + " reissue_of, account_id, holder_name, account_masked) ";

  static final String REGULAR_LINES =
      "with "
          + DISTRICT
          + ", "
          + DRAFTS
          + "insert into payments.roster_line"
          + LINE_COLUMNS
          + """
          select r.id, e.person_id, e.region_code, e.amount, 'REGULAR', e.id, null, null,
                 a.id, a.holder_name, a.account_masked
            from payments.entitlement e
            join district d on d.region_code = e.region_code
            join drafts r on r.district_code = d.district_code
            left join payments.payee_account a on a.person_id = e.person_id and a.active
           where e.programme = :programme and e.month = :month""";

  static final String ADJUSTMENT_LINES =
      "with "
          + DISTRICT
          + ", "
          + DRAFTS
          + "insert into payments.roster_line"
          + LINE_COLUMNS
          + """
          select r.id, j.person_id, j.region_code, j.amount, 'ADJUSTMENT', null, j.id, null,
                 a.id, a.holder_name, a.account_masked
            from payments.adjustment j
            join district d on d.region_code = j.region_code
            join drafts r on r.district_code = d.district_code
            left join payments.payee_account a on a.person_id = j.person_id and a.active
           where j.programme = :programme and j.pay_month = :month""";

  static final String REISSUE_LINES =
      "with "
          + FAILED
          + ", "
          + DRAFTS
          + "insert into payments.roster_line"
          + LINE_COLUMNS
          + """
          select r.id, f.person_id, f.region_code, f.amount, 'REISSUE', null, null, f.id,
                 a.id, a.holder_name, a.account_masked
            from failed f
            join drafts r on r.district_code = f.district_code
            left join payments.payee_account a on a.person_id = f.person_id and a.active
          on conflict (reissue_of) where reissue_of is not null do nothing""";

  static final String DROP_EMPTY_DRAFTS =
      "with "
          + DRAFTS
          + """
          delete from payments.roster r using drafts
           where r.id = drafts.id
             and not exists (select 1 from payments.roster_line l where l.roster_id = r.id)""";

  static final String TOTALS =
      "with "
          + DRAFTS
          + """
          update payments.roster r
             set people = t.people, total_amount = t.total
            from (select l.roster_id, count(distinct l.person_id) as people, sum(l.amount) as total
                    from payments.roster_line l join drafts on drafts.id = l.roster_id
                   group by l.roster_id) t
           where r.id = t.roster_id""";
}
