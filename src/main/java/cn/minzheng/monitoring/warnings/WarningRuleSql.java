package cn.minzheng.monitoring.warnings;

/**
 * The set-based SQL of each warning rule. Each selects (rule, fact, evidence, person, household,
 * region) rows; {@link WarningEvaluation} inserts them with "on conflict do nothing" so that the
 * same fact never raises the same rule twice. Parameter 1 is the batch to look at (null: every
 * fact).
 */
final class WarningRuleSql {

  private WarningRuleSql() {}

  /** A register entry current for the fact's person, or for the household the fact belongs to. */
  private static final String IN_REGISTER_HOUSEHOLD =
      """
      exists (select 1 from monitoring.register_entry r
               where r.until is null
                 and (r.person_id = f.person_id
                      or (f.household_id is not null and r.household_id = f.household_id)))""";

  /** The person is in the register and the fact is dated on or after their inclusion. */
  private static final String NEW_SINCE_INCLUSION =
      """
      exists (select 1 from monitoring.register_entry r
               where r.until is null and r.person_id = f.person_id and f.fact_date >= r.since)""";

  static String factRule(String rule, String condition) {
    return """
        select '%s' as rule_code, f.id as fact_id, array[f.id] as evidence, f.person_id,
               f.household_id, f.region_code
          from monitoring.fact f
         where (?::bigint is null or f.batch_id = ?::bigint) and %s"""
        .formatted(rule, condition);
  }

  static final String LARGE_MEDICAL_BILL =
      factRule(
          "LARGE_MEDICAL_BILL",
          "f.feed_type = 'MEDICAL_BILL' and f.amount >= :threshold"
              + " and f.fact_date > (now() at time zone 'Asia/Shanghai')::date - 365 and "
              + IN_REGISTER_HOUSEHOLD);

  static final String NEW_VEHICLE =
      factRule("NEW_VEHICLE", "f.feed_type = 'VEHICLE' and " + NEW_SINCE_INCLUSION);

  static final String NEW_PROPERTY =
      factRule("NEW_PROPERTY", "f.feed_type = 'PROPERTY' and " + NEW_SINCE_INCLUSION);

  static final String DEATH =
      factRule(
          "DEATH",
          "f.feed_type = 'HOUSEHOLD_EVENTS' and f.detail = '死亡' and exists (select 1 from"
              + " monitoring.register_entry r where r.until is null and r.person_id = f.person_id)");

  static final String NEW_DISABILITY =
      factRule("NEW_DISABILITY", "f.feed_type = 'DISABILITY_RATING' and " + NEW_SINCE_INCLUSION);

  /**
   * 低保 households whose per-capita monthly income (latest income fact per member, feed and payer
   * within the last 12 months) is above the standard of their county (bound as two arrays). The
   * evidence is every counted income fact; the newest one identifies the warning. Parameters: the
   * county and standard arrays, then the batch twice (one of the counted facts must come from it).
   * The batch is recognised from the counted facts themselves: a lookup of the evidence ids per
   * household was planned against the batch index (the batch's facts have no statistics yet) and
   * scanned the whole batch once per household — minutes for a million-row feed.
   */
  static final String INCOME_ABOVE_STANDARD =
      """
      with members as (
        select household_id, person_id, region_code
          from monitoring.register_entry
         where until is null and category = 'DIBAO' and household_id is not null),
      latest as (
        select distinct on (f.person_id, f.feed_type, coalesce(f.detail, ''))
               m.household_id, f.id, f.amount, f.batch_id
          from members m
          join monitoring.fact f on f.person_id = m.person_id
         where f.feed_type in ('PENSION_EMPLOYMENT', 'TAX_INCOME')
           and f.fact_date > (now() at time zone 'Asia/Shanghai')::date - interval '12 months' and f.fact_date <= (now() at time zone 'Asia/Shanghai')::date
         order by f.person_id, f.feed_type, coalesce(f.detail, ''), f.fact_date desc, f.id desc),
      households as (
        select m.household_id, min(m.region_code) as region_code, count(*) as member_count,
               min(m.person_id) as person_id
          from members m group by m.household_id),
      income as (
        select household_id, sum(amount) as total, max(id) as newest, array_agg(id order by id) as ids,
               array_agg(distinct batch_id) as batches
          from latest group by household_id),
      standards as (
        select * from unnest(?::text[], ?::numeric[]) as s(county, standard))
      select 'INCOME_ABOVE_STANDARD' as rule_code, i.newest as fact_id, i.ids as evidence,
             h.person_id, h.household_id, h.region_code
        from households h
        join income i on i.household_id = h.household_id
        join standards s on s.county = substr(h.region_code, 1, 6)
       where i.total / h.member_count > s.standard
         and (?::bigint is null or ?::bigint = any(i.batches))""";
}
