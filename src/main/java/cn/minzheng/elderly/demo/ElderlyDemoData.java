package cn.minzheng.elderly.demo;

import cn.minzheng.elderly.allowance.MonthlyAllowanceRun;
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
 * With {@code minzheng.demo.enabled=true}, once (guarded by the demo facilities): facilities and
 * community centres, institutions, providers, home-service elders and records, modification cases
 * in the brief's proportions, existence checks for most allowance recipients and the allowance of
 * the last seven months. Set-based where it touches persons; a few seconds on 210,000 people.
 */
@Component
@Order(300)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
class ElderlyDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ElderlyDemoData.class);

  private final JdbcClient jdbc;
  private final DemoFacilities facilities;
  private final DemoServices services;
  private final MonthlyAllowanceRun allowance;
  private final DemoOperator operator;
  private final DemoSilentChecks silent;

  ElderlyDemoData(
      JdbcClient jdbc,
      DemoFacilities facilities,
      DemoServices services,
      MonthlyAllowanceRun allowance,
      DemoOperator operator,
      DemoSilentChecks silent) {
    this.silent = silent;
    this.jdbc = jdbc;
    this.facilities = facilities;
    this.services = services;
    this.allowance = allowance;
    this.operator = operator;
  }

  @Override
  public void run(ApplicationArguments args) {
    // apart from the guard below: demo databases made before operators existed get one too
    if (operator.bind()) {
      log.info("演示数据：机构经办人 {} 已绑定演示养老机构", DemoOperator.USERNAME);
    }
    boolean done =
        jdbc.sql("select exists (select 1 from elderly.facility where demo)")
            .query(Boolean.class)
            .single();
    if (done) {
      return;
    }
    long started = System.currentTimeMillis();
    int created = facilities.create();
    int institutions = facilities.institutions();
    int[] openingsAndRelief = facilities.openingsAndRelief();
    log.info("演示数据：新建养老设施 {} 处，纾困资金 {} 笔", openingsAndRelief[0], openingsAndRelief[1]);
    YearMonth now = YearMonth.from(ChinaTime.today());
    services.allowanceHistory(now.minusMonths(12));
    for (int back = 6; back >= 0; back--) {
      try {
        allowance.run(now.minusMonths(back));
      } catch (MonthLockedException approved) {
        log.info("演示数据：{} 高龄津贴名册已审核，跳过", now.minusMonths(back));
      }
    }
    log.info("演示数据：静默认证 {} 人", silent.confirm());
    services.homeServices();
    services.modifications();
    log.info(
        "演示数据（养老）：设施 {} 处，养老机构 {} 家，用时 {} ms",
        created,
        institutions,
        System.currentTimeMillis() - started);
  }
}
