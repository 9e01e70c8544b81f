package cn.minzheng.elderly.allowance;

/** The set-based statements of the monthly run (named parameters, never user input). */
final class AllowanceSql {

  private AllowanceSql() {}

  /**
   * Payable: the first eligible month (a person seen for the first time: this month) or the latest
   * check, whichever is later, plus the interval reaches this month. Age A is reached by the cutoff
   * when birth_date + A years <= cutoff; a 29 February birthday counts as 1 March in common years
   * (PostgreSQL's date arithmetic gives exactly that).
   */
  static final String STAGE_ELIGIBLE =
      """
      insert into elderly.allowance_run_row
             (run_id, person_id, amount, band_label, region_code, payable)
      select :run, p.id, b.monthly_amount, b.label, p.residence_region_code,
             :month <= date_trunc('month',
                  greatest(coalesce(r.first_month, :month),
                           (select max(v.verified_on) from elderly.existence_verification v
                             where v.person_id = p.id))
                  + make_interval(months => :interval))::date
        from registry.person_fact p
        join elderly.allowance_band b
          on b.valid_from <= :month and (b.valid_to is null or b.valid_to > :month)
         and p.birth_date <= (cast(:cutoff as date) - make_interval(years => b.min_age))::date
         and (b.max_age is null
              or p.birth_date > (cast(:cutoff as date) - make_interval(years => b.max_age + 1))::date)
        left join elderly.allowance_recipient r on r.person_id = p.id
       where p.residence_region_code like :city
         and (p.date_of_death is null or p.date_of_death >= :month)
         and p.birth_date <= (cast(:cutoff as date)
                              - make_interval(years => (select min(min_age) from elderly.allowance_band
                                                        where valid_from <= :month
                                                          and (valid_to is null or valid_to > :month))))::date
      """;

  static final String ENROL_NEW =
      """
      insert into elderly.allowance_recipient (person_id, first_month, region_code)
      select person_id, :month, region_code from elderly.allowance_run_row where run_id = :run
      on conflict (person_id) do update
         set first_month = least(allowance_recipient.first_month, excluded.first_month),
             region_code = excluded.region_code
      """;

  static final String CLEAR_OPEN_SUSPENSIONS =
      "delete from elderly.allowance_suspension where month = :month and repaid_at is null";

  static final String RECORD_SUSPENSIONS =
      """
      insert into elderly.allowance_suspension (person_id, month, amount, band_label, region_code)
      select person_id, :month, amount, band_label, region_code
        from elderly.allowance_run_row where run_id = :run and not payable
      on conflict (person_id, month) do nothing
      """;

  static final String RECORD_PAYMENTS =
      """
      insert into elderly.allowance_payment (person_id, month, amount, band_label, region_code)
      select w.person_id, :month, w.amount, w.band_label, w.region_code
        from elderly.allowance_run_row w
       where w.run_id = :run and w.payable
         and not exists (select 1 from elderly.allowance_suspension s
                          where s.person_id = w.person_id and s.month = :month
                            and s.repaid_at is not null)
      """;
}
