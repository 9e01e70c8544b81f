package cn.minzheng.disability.demo;

import cn.minzheng.disability.subsidy.MonthlySubsidyRun;
import cn.minzheng.disability.subsidy.RegistryRatings;
import cn.minzheng.disability.subsidy.Subsidy;
import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.shared.ChinaTime;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With {@code minzheng.demo.enabled=true}, once (guarded by the demo's decisions): the registry's
 * ratings taken over, 低保 coverage from the 低保 entitlements the assistance demo paid, the two
 * subsidies of the last six months, decided by the streets in the brief's proportion (80.96万
 * person-times in the half year: about 1,350 a month at the demo's 1 %; the rest declined with a
 * reason), and the current month with the newly eligible of the demo street (510104001) left for
 * its caseworker to confirm. Set-based; a few seconds.
 */
@Component
@Order(400)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
class DisabilityDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DisabilityDemoData.class);

  /** Person-times a month of both subsidies at 1 % of the city (brief: 80.96万 in six months). */
  static final int MONTHLY_PERSON_TIMES = 1_350;

  private final JdbcClient jdbc;
  private final RegistryRatings ratings;
  private final MonthlySubsidyRun run;

  DisabilityDemoData(JdbcClient jdbc, RegistryRatings ratings, MonthlySubsidyRun run) {
    this.jdbc = jdbc;
    this.ratings = ratings;
    this.run = run;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean done =
        jdbc.sql("select exists (select 1 from disability.recipient where decided_by = 'demo')")
            .query(Boolean.class)
            .single();
    if (done) {
      return;
    }
    long started = System.currentTimeMillis();
    int adopted = ratings.adopt();
    jdbc.sql(
            """
            insert into disability.dibao_coverage (case_id, person_id, from_month, last_month)
            select 0, person_id, min(month),
                   case when max(month) >= date_trunc('month', current_date)::date - interval '1 month'
                        then null else max(month) end
              from payments.entitlement_fact where programme = 'DIBAO'
             group by person_id
            on conflict (case_id, person_id) do nothing""")
        .update();
    YearMonth now = YearMonth.from(ChinaTime.today());
    for (int back = 6; back >= 1; back--) {
      runBoth(now.minusMonths(back));
    }
    long pending =
        jdbc.sql("select count(*) from disability.recipient where status = 'PENDING'")
            .query(Long.class)
            .single();
    long perMille = pending == 0 ? 0 : Math.min(1000, MONTHLY_PERSON_TIMES * 1000L / pending);
    jdbc.sql(
            """
            update disability.recipient
               set status = case when (person_id * 2654435761) % 1000 < :perMille
                                 then 'CONFIRMED' else 'DECLINED' end,
                   decline_reason = case when (person_id * 2654435761) % 1000 < :perMille then null
                                         when subsidy = 'CARE' then '经入户核实，不需要长期照护（演示数据）'
                                         else '已享受同类补贴（演示数据）' end,
                   decided_by = 'demo', decided_at = now()
             where status = 'PENDING' and region_code not like '510104001%'""")
        .param("perMille", perMille)
        .update();
    for (int back = 6; back >= 0; back--) {
      runBoth(now.minusMonths(back));
    }
    log.info(
        "演示数据（残疾人两项补贴）：接收评定 {} 条，确认比例 {}‰，用时 {} ms",
        adopted,
        perMille,
        System.currentTimeMillis() - started);
  }

  private void runBoth(YearMonth month) {
    for (Subsidy subsidy : Subsidy.values()) {
      try {
        run.run(subsidy, month);
      } catch (MonthLockedException approved) {
        log.info("演示数据：{} {} 名册已审核，跳过", month, subsidy.label());
      }
    }
  }
}
