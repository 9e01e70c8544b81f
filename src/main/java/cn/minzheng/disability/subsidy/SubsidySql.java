package cn.minzheng.disability.subsidy;

/** The set-based statements of the monthly run (named parameters, never user input). */
final class SubsidySql {

  private SubsidySql() {}

  /**
   * The rows of the persons of a per-person recompute ({@code :persons}, a bigint array; null: the
   * whole month): the same statements serve both, so both give the same rows.
   */
  static String among(String column) {
    return "(cast(:persons as bigint[]) is null or %s = any(cast(:persons as bigint[])))"
        .formatted(column);
  }

  /** 残疾类别 label of a category code column (registry.DisabilityCategory). */
  static String categoryLabel(String column) {
    return "case "
        + column
        + " when 'VISUAL' then '视力残疾' when 'HEARING' then '听力残疾' when 'SPEECH' then '言语残疾'"
        + " when 'PHYSICAL' then '肢体残疾' when 'INTELLECTUAL' then '智力残疾'"
        + " when 'MENTAL' then '精神残疾' else '多重残疾' end";
  }

  /**
   * Covered by 低保 in the month starting on {@code month} (assistance's events, last month paid
   * included).
   */
  static String dibaoCovered(String person, String month) {
    return """
        exists (select 1 from disability.dibao_coverage c
                 where c.person_id = %1$s and c.from_month <= %2$s
                   and (c.last_month is null or c.last_month >= %2$s))"""
        .formatted(person, month);
  }

  /**
   * On monitoring's low-income register in month M in one of the configured categories ({@code
   * :lowIncome}; empty: the register is no source): entered on or before the month's last day, not
   * removed before its first (the last day on the register is in the month, so a person removed is
   * covered to the end of that month and not from the month after).
   */
  static String onLowIncomeRegister(String person, String month) {
    return """
        exists (select 1 from monitoring.low_income_fact l
                 where l.person_id = %1$s and l.category = any(cast(:lowIncome as text[]))
                   and l.since < cast(%2$s as date) + interval '1 month'
                   and (l.until is null or l.until >= %2$s))"""
        .formatted(person, month);
  }

  /**
   * Eligible in month M (first day {@code :month}): the rating in force (the latest certificate
   * date before M, i.e. a rating counts from the month after its certificate), an amount row of the
   * subsidy for its grade (and category) valid in M — no row, no subsidy: this is where grades 3
   * and 4 of intellectual and mental disability start in 2023-07 — living in the city, alive on the
   * first of M or dead within M or later; for the living subsidy also covered by 低保 in M. {@code
   * :person} null for everyone.
   */
  static final String STAGE_ELIGIBLE =
      """
      insert into disability.run_row (run_id, person_id, amount, category, grade, region_code)
      select :run, r.person_id, a.amount, r.category, r.grade, p.residence_region_code
        from (select distinct on (person_id) person_id, category, grade, removed_reason
                from disability.rating
               where (certificate_date is null or certificate_date < :month)
                 and %s
               order by person_id, certificate_date desc nulls last, id desc) r
        join registry.person_fact p on p.id = r.person_id
        join lateral (select s.amount from disability.subsidy_amount s
                       where s.subsidy = :subsidy and s.grade = r.grade
                         and (s.category is null or s.category = r.category)
                         and s.valid_from <= :month and (s.valid_to is null or s.valid_to > :month)
                       order by s.category nulls last limit 1) a on true
       where r.removed_reason is null
         and p.residence_region_code like :city
         and (p.date_of_death is null or p.date_of_death >= :month)
         and (:subsidy <> 'LIVING' or %s or %s)
      """
          .formatted(
              among("person_id"),
              dibaoCovered("r.person_id", ":month"),
              onLowIncomeRegister("r.person_id", ":month"));

  /** Persons seen eligible for the first time wait for the street (免申即享 list). */
  static final String ENROL_NEW =
      """
      insert into disability.recipient (person_id, subsidy, first_month, region_code)
      select person_id, :subsidy, :month, region_code from disability.run_row where run_id = :run
      on conflict (person_id, subsidy) do update
         set first_month = least(recipient.first_month, excluded.first_month),
             region_code = excluded.region_code
      """;

  static final String RECORD_MONTH =
      """
      insert into disability.eligible_month
             (person_id, subsidy, month, amount, category, grade, region_code, paid)
      select w.person_id, :subsidy, :month, w.amount, w.category, w.grade, w.region_code,
             r.status = 'CONFIRMED'
        from disability.run_row w
        join disability.recipient r on r.person_id = w.person_id and r.subsidy = :subsidy
       where w.run_id = :run
      """;

  /** What is handed to payments: the confirmed recipients' eligible rows of the month. */
  static final String PAYABLE =
      """
      select person_id, amount, basis, region_code, case_ref
        from (select person_id, amount, region_code, 'DISABILITY_' || subsidy as case_ref,
                     case subsidy when 'CARE' then '重度残疾人护理补贴 ' else '困难残疾人生活补贴 ' end
                       || %s || grade || '级' as basis
                from disability.eligible_month where subsidy = ? and month = ? and paid) e
      """
          .formatted(categoryLabel("category"));

  static final String CLEAR_MONTH =
      "delete from disability.eligible_month where subsidy = :subsidy and month = :month and "
          + among("person_id");

  static final String CLEAR_CHANGES =
      "delete from disability.subsidy_change where subsidy = :subsidy and month = :month and "
          + among("person_id");

  /** Starts and changes against the month before (same subsidy, confirmed rows only). */
  static final String RECORD_STARTS_AND_CHANGES =
      """
      insert into disability.subsidy_change
             (person_id, subsidy, month, kind, amount, reason, region_code)
      select cur.person_id, :subsidy, :month,
             case when prev.person_id is null then 'START' else 'CHANGE' end, cur.amount,
             case
               when prev.person_id is null
                 then '经街道确认符合条件（' || %1$s || cur.grade || '级'
                      || case when :subsidy <> 'LIVING' then ''
                              when %3$s then '，家庭享受低保'
                              else '，属低收入人口（动态监测名录）' end
                      || '），自' || :monthLabel || '起每月发放' || cur.amount || '元'
               when prev.grade <> cur.grade or prev.category <> cur.category
                 then '残疾评定由' || %2$s || prev.grade || '级变更为' || %1$s || cur.grade
                      || '级，自' || :monthLabel || '起每月发放' || cur.amount || '元'
               else '补贴标准调整，自' || :monthLabel || '起每月' || prev.amount || '元调整为'
                      || cur.amount || '元'
             end,
             cur.region_code
        from disability.eligible_month cur
        left join disability.eligible_month prev
          on prev.subsidy = cur.subsidy and prev.month = :prev and prev.person_id = cur.person_id
         and prev.paid
       where cur.subsidy = :subsidy and cur.month = :month and cur.paid and %4$s
         and (prev.person_id is null or prev.amount <> cur.amount or prev.grade <> cur.grade
              or prev.category <> cur.category)
      """
          .formatted(
              categoryLabel("cur.category"),
              categoryLabel("prev.category"),
              dibaoCovered("cur.person_id", ":month"),
              among("cur.person_id"));

  /** Stops against the month before, with the reason found in this month's facts. */
  static final String RECORD_STOPS =
      """
      insert into disability.subsidy_change
             (person_id, subsidy, month, kind, amount, reason, region_code)
      select prev.person_id, :subsidy, :month, 'STOP', null,
             case
               when p.date_of_death is not null and p.date_of_death < :month
                 then '本人已死亡（' || to_char(p.date_of_death, 'YYYY-MM-DD') || '），自' || :monthLabel
                      || '起停发'
               when p.residence_region_code not like :city
                 then '已迁出本市，自' || :monthLabel || '起停发'
               when :subsidy = 'LIVING' and not %2$s and not %3$s
                 then case when %4$s then '家庭已退出低保' else '已移出低收入人口名录' end
                      || '，自' || :monthLabel || '起停发'
               when r.removed_reason is not null
                 then '残疾人证已注销（' || to_char(r.certificate_date, 'YYYY-MM-DD') || '，'
                      || r.removed_reason || '），自' || :monthLabel || '起停发'
               else '残疾评定变更' || coalesce('为' || %s || r.grade || '级', '')
                    || '，不再符合条件，自' || :monthLabel || '起停发'
             end,
             prev.region_code
        from disability.eligible_month prev
        join registry.person_fact p on p.id = prev.person_id
        left join lateral (select r.category, r.grade, r.certificate_date, r.removed_reason
                             from disability.rating r
                            where r.person_id = prev.person_id
                              and (r.certificate_date is null or r.certificate_date < :month)
                            order by r.certificate_date desc nulls last, r.id desc
                            limit 1) r on true
       where prev.subsidy = :subsidy and prev.month = :prev and prev.paid and %5$s
         and not exists (select 1 from disability.eligible_month cur
                          where cur.subsidy = :subsidy and cur.month = :month
                            and cur.person_id = prev.person_id and cur.paid)
      """
          .formatted(
              categoryLabel("r.category"),
              dibaoCovered("prev.person_id", ":month"),
              onLowIncomeRegister("prev.person_id", ":month"),
              dibaoCovered("prev.person_id", ":prev"),
              among("prev.person_id"));
}
