package cn.minzheng.assistance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.assistance.AssistanceFixtures;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.PeriodicReviews;
import cn.minzheng.assistance.cases.TownshipReview;
import cn.minzheng.assistance.run.MonthlyRun;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.shared.ChinaTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo runner (a bean only with minzheng.demo.enabled) run by hand, twice. */
@SpringBootTest
class AssistanceDemoDataTest {

  @Autowired JdbcClient jdbc;
  @Autowired RegionQuery regions;
  @Autowired MonthlyRun run;
  @Autowired PeriodicReviews reviews;
  @Autowired TransactionTemplate tx;
  @Autowired RegistryFixtures registry;
  @Autowired CaseApplications applications;
  @Autowired CaseWorkflow workflow;
  @Autowired TownshipReview review;

  @Test
  void createsConfirmedCasesWithSixMonthsOfEntitlementsOnceOnly() {
    var fx = new AssistanceFixtures(registry, applications, workflow, review);
    for (int i = 0; i < 6; i++) {
      fx.household(2);
    }
    AssistanceDemoData demo = new AssistanceDemoData(jdbc, regions, run, reviews, tx);
    demo.run(null);
    long cases = demoCases();
    demo.run(null);

    assertThat(cases).isPositive();
    assertThat(demoCases()).isEqualTo(cases);
    YearMonth first = YearMonth.from(ChinaTime.today()).minusMonths(6);
    long paidMonths =
        jdbc.sql(
                """
                select count(distinct e.month) from payments.entitlement e
                  join assistance.assistance_case c on c.case_no = e.case_ref
                 where c.created_by = 'demo' and e.programme = 'DIBAO' and e.month >= ?""")
            .param(first.atDay(1))
            .query(Long.class)
            .single();
    assertThat(paidMonths).isEqualTo(7);
  }

  private long demoCases() {
    return jdbc.sql("select count(*) from assistance.assistance_case where created_by = 'demo'")
        .query(Long.class)
        .single();
  }
}
