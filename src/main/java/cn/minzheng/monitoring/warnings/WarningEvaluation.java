package cn.minzheng.monitoring.warnings;

import cn.minzheng.assistance.AssistanceStandards;
import cn.minzheng.monitoring.feeds.FeedImportListener;
import cn.minzheng.monitoring.feeds.FeedType;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the active warning rules, set-based: after every feed import over that batch's facts, and
 * nightly over all facts (a register change may make an old fact relevant). Duplicates are refused
 * by the database. The income rule needs the 低保 standards of {@code assistance}; without them it is
 * skipped (logged), the other rules still run.
 */
@Service
public class WarningEvaluation implements FeedImportListener {

  private static final Logger log = LoggerFactory.getLogger(WarningEvaluation.class);

  private final JdbcClient jdbc;
  private final ObjectProvider<AssistanceStandards> standards;

  WarningEvaluation(JdbcClient jdbc, ObjectProvider<AssistanceStandards> standards) {
    this.jdbc = jdbc;
    this.standards = standards;
  }

  /** The feeds each rule reads: a batch of another feed cannot raise it, so it is not looked at. */
  private static final Map<String, Set<FeedType>> FEEDS =
      Map.of(
          "INCOME_ABOVE_STANDARD", Set.of(FeedType.PENSION_EMPLOYMENT, FeedType.TAX_INCOME),
          "LARGE_MEDICAL_BILL", Set.of(FeedType.MEDICAL_BILL),
          "NEW_VEHICLE", Set.of(FeedType.VEHICLE),
          "NEW_PROPERTY", Set.of(FeedType.PROPERTY),
          "DEATH", Set.of(FeedType.HOUSEHOLD_EVENTS),
          "NEW_DISABILITY", Set.of(FeedType.DISABILITY_RATING));

  @Override
  @Transactional
  public int afterImport(long batchId, FeedType type) {
    int raised = 0;
    for (Rule rule : activeRules().values()) {
      if (FEEDS.getOrDefault(rule.code(), Set.of()).contains(type)) {
        raised += raise(rule, batchId);
      }
    }
    return raised;
  }

  @Scheduled(cron = "${minzheng.monitoring.warnings.nightly:0 30 2 * * *}", zone = "Asia/Shanghai")
  @Transactional
  public int nightly() {
    return evaluate(null);
  }

  /** Answers how many new warnings were raised. */
  @Transactional
  public int evaluate(Long batchId) {
    Map<String, Rule> rules = activeRules();
    int raised = 0;
    for (Rule rule : rules.values()) {
      raised += raise(rule, batchId);
    }
    return raised;
  }

  private int raise(Rule rule, Long batchId) {
    if (rule.code().equals("INCOME_ABOVE_STANDARD")) {
      return raiseIncome(rule, batchId);
    }
    String select =
        switch (rule.code()) {
          case "LARGE_MEDICAL_BILL" -> WarningRuleSql.LARGE_MEDICAL_BILL;
          case "NEW_VEHICLE" -> WarningRuleSql.NEW_VEHICLE;
          case "NEW_PROPERTY" -> WarningRuleSql.NEW_PROPERTY;
          case "DEATH" -> WarningRuleSql.DEATH;
          case "NEW_DISABILITY" -> WarningRuleSql.NEW_DISABILITY;
          default -> null;
        };
    if (select == null) {
      return 0;
    }
    List<Object> params = new ArrayList<>(java.util.Arrays.asList(batchId, batchId));
    if (select.contains(":threshold")) {
      select = select.replace(":threshold", "?::numeric");
      params.add(rule.threshold());
    }
    return insert(rule, select, params);
  }

  private int raiseIncome(Rule rule, Long batchId) {
    AssistanceStandards source = standards.getIfAvailable();
    if (source == null) {
      log.info("income rule skipped: no 低保 standards available");
      return 0;
    }
    List<String> covered = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    for (String county : counties()) {
      source
          .dibaoStandard(county + "000000", ChinaTime.today())
          .ifPresent(
              s -> {
                covered.add(county);
                values.add(s);
              });
    }
    List<Object> params = new ArrayList<>();
    params.add(covered.toArray(String[]::new));
    params.add(values.toArray(BigDecimal[]::new));
    params.add(batchId);
    params.add(batchId);
    return insert(rule, WarningRuleSql.INCOME_ABOVE_STANDARD, params);
  }

  private int insert(Rule rule, String select, List<Object> params) {
    List<Object> all = new ArrayList<>(params);
    all.add(rule.level());
    all.add(rule.assigneeLevel());
    all.add(rule.deadlineDays());
    all.add(rule.label());
    return jdbc.sql(
            """
            with candidates as (%s),
            raised as (
              insert into monitoring.warning (rule_code, level, fact_id, evidence_fact_ids, person_id,
                household_id, region_code, assignee_region_code, deadline)
              select c.rule_code, ?, c.fact_id, c.evidence, c.person_id, c.household_id, c.region_code,
                     case ?::text when 'COMMUNITY' then c.region_code
                                  when 'DISTRICT' then substr(c.region_code, 1, 6) || '000000'
                                  else substr(c.region_code, 1, 9) || '000' end,
                     (now() at time zone 'Asia/Shanghai')::date + ?::int
                from candidates c
              on conflict (rule_code, fact_id) do nothing
              returning id)
            insert into monitoring.warning_history (warning_id, by_user, to_state, note)
            select id, 'system', 'NEW', ? from raised"""
                .formatted(select))
        .params(all)
        .update();
  }

  private List<String> counties() {
    return jdbc.sql(
            "select distinct substr(region_code, 1, 6) from monitoring.register_entry"
                + " where until is null and category = 'DIBAO'")
        .query(String.class)
        .list();
  }

  private Map<String, Rule> activeRules() {
    Map<String, Rule> rules = new java.util.LinkedHashMap<>();
    jdbc.sql(
            "select code, label, level, threshold, deadline_days, assignee_level"
                + " from monitoring.warning_rule where active order by code")
        .query(
            (rs, n) ->
                new Rule(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBigDecimal(4),
                    rs.getInt(5),
                    rs.getString(6)))
        .list()
        .forEach(r -> rules.put(r.code(), r));
    return rules;
  }

  record Rule(
      String code,
      String label,
      String level,
      BigDecimal threshold,
      int deadlineDays,
      String assigneeLevel) {}
}
