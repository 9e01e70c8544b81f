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

  /**
   * Held lines of earlier approved rosters of the programme (no valid account when drafted) whose
   * person has a valid active account now, not paid by a later line yet.
   */
  private static final String RELEASED =
      """
      released as (select l.id, l.person_id, l.region_code, l.amount, r0.district_code
                     from payments.roster r0
                     join payments.roster_line l on l.roster_id = r0.id and l.account_issue is not null
                    where r0.programme = :programme and r0.month < :month and r0.state <> 'DRAFT'
                      and r0.district_code = any(cast(:districtSet as text[]))
                      and exists (select 1 from payments.payee_account a
                                   where a.person_id = l.person_id and a.active
                                     and a.number_valid is not false)
                      and not exists (select 1 from payments.roster_line x where x.reissue_of = l.id)) """;

  /** Why a line is held: no active account, or one whose number fails its check digit. */
  private static final String ACCOUNT_ISSUE =
      "case when a.id is null then 'MISSING' when a.number_valid = false then 'INVALID' end";

  /**
   * The person's death when it lies before the month paid, from the registry's published view; not
   * for programmes paid because of a death or to an organisation ({@code :deathsMatter}).
   */
  private static final String DIED_ON =
      "case when :deathsMatter and p.date_of_death < :month then p.date_of_death end ";

  private static final String DEAD =
      " left join (select id, date_of_death from registry.person_fact"
          + " where date_of_death is not null) p on p.id = ";

  static final String UPSERT_ROSTERS =
      "with "
          + DISTRICT
          + ", "
          + FAILED
          + ", "
          + RELEASED
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
                  select f.district_code from failed f
                  union
                  select h.district_code from released h) x
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
          + " reissue_of, account_id, holder_name, account_masked, account_issue, previous_amount,"
          + " died_on) ";

  static final String REGULAR_LINES =
      "with "
          + DISTRICT
          + ", "
          + DRAFTS
          + "insert into payments.roster_line"
          + LINE_COLUMNS
          + """
          select r.id, e.person_id, e.region_code, e.amount, 'REGULAR', e.id, null, null,
                 a.id, a.holder_name, a.account_masked, """
          + ACCOUNT_ISSUE
          + ", prev.amount, "
          + DIED_ON
          + """
            from payments.entitlement e
            join district d on d.region_code = e.region_code
            join drafts r on r.district_code = d.district_code
            left join payments.payee_account a on a.person_id = e.person_id and a.active
            left join payments.entitlement prev
                   on prev.person_id = e.person_id and prev.programme = e.programme
                  and prev.month = :previousMonth"""
          + DEAD
          + """
          e.person_id
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
                 a.id, a.holder_name, a.account_masked, """
          + ACCOUNT_ISSUE
          + ", null, "
          + DIED_ON
          + """
            from payments.adjustment j
            join district d on d.region_code = j.region_code
            join drafts r on r.district_code = d.district_code
            left join payments.payee_account a on a.person_id = j.person_id and a.active"""
          + DEAD
          + """
          j.person_id
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
                 a.id, a.holder_name, a.account_masked, """
          + ACCOUNT_ISSUE
          + ", null, "
          + DIED_ON
          + """
            from failed f
            join drafts r on r.district_code = f.district_code
            left join payments.payee_account a on a.person_id = f.person_id and a.active"""
          + DEAD
          + """
          f.person_id
          on conflict (reissue_of) where reissue_of is not null do nothing""";

  /** Held lines whose person has a valid account now: paid in this roster, once. */
  static final String DEFERRED_LINES =
      "with "
          + RELEASED
          + ", "
          + DRAFTS
          + "insert into payments.roster_line"
          + LINE_COLUMNS
          + """
          select r.id, h.person_id, h.region_code, h.amount, 'DEFERRED', null, null, h.id,
                 a.id, a.holder_name, a.account_masked, null, null, """
          + DIED_ON
          + """
            from released h
            join drafts r on r.district_code = h.district_code
            join payments.payee_account a on a.person_id = h.person_id and a.active"""
          + DEAD
          + """
          h.person_id
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
