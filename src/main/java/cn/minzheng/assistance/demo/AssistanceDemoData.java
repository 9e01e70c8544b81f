package cn.minzheng.assistance.demo;

import cn.minzheng.assistance.cases.PeriodicReviews;
import cn.minzheng.assistance.run.MonthlyRun;
import cn.minzheng.calendar.WorkingCalendar;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code minzheng.demo.enabled=true}, once: social assistance cases in proportion to the brief
 * (8.76万 低保 of 21 million people: about 0.42 %, so some 400 households at 210,000 demo people), 特困
 * persons living alone, 临时救助 one-offs spread over six months, cases open in every street step, and
 * the walk of {@link WalkStep} (a case at every step for the account that acts on it) in 锦江区's
 * first community; then the monthly run of the last six months and the current one. Set-based SQL
 * over the demo registry (read-only), seconds on 210,000 people.
 */
@Component
@Order(300)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
class AssistanceDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AssistanceDemoData.class);

  private final JdbcClient jdbc;
  private final RegionQuery regions;
  private final MonthlyRun run;
  private final PeriodicReviews reviews;
  private final TransactionTemplate tx;
  private final WorkingCalendar workingDays;

  AssistanceDemoData(
      JdbcClient jdbc,
      RegionQuery regions,
      MonthlyRun run,
      PeriodicReviews reviews,
      TransactionTemplate tx,
      WorkingCalendar workingDays) {
    this.jdbc = jdbc;
    this.regions = regions;
    this.run = run;
    this.reviews = reviews;
    this.tx = tx;
    this.workingDays = workingDays;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean done =
        jdbc.sql(
                "select exists (select 1 from assistance.assistance_case where created_by = 'demo')")
            .query(Boolean.class)
            .single();
    if (done) {
      return;
    }
    LocalDate today = ChinaTime.today();
    YearMonth start = YearMonth.from(today).minusMonths(6);
    Integer cases =
        tx.execute(
            s -> new DemoCases(jdbc, DemoAreaMap.of(regions), workingDays, today, start).create());
    reviews.generate();
    for (YearMonth m = start; !m.isAfter(YearMonth.from(today)); m = m.plusMonths(1)) {
      run.run(m, "demo");
    }
    log.info("Assistance demo: {} cases, monthly runs from {}", cases, start);
  }
}
