package cn.minzheng.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.assistance.AssistanceFixtures.Household;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseStore;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.TownshipReview;
import cn.minzheng.payments.Programme;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The month chart of 救助统计: one value per month of the period, months without rows 0, people and
 * money (万元) summed as the table's rows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StatisticsChartTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;
  @Autowired CaseApplications applications;
  @Autowired CaseWorkflow workflow;
  @Autowired TownshipReview review;
  @Autowired CaseStore store;

  @Test
  void theChartHoldsEveryMonthOfThePeriodWithTheMonthsFigures() throws Exception {
    var fx = new AssistanceFixtures(registry, applications, workflow, review);
    Household h = fx.household(2);
    long id =
        fx.file(fx.dibao(h, Category.BOTTOM), AssistanceFixtures.caseworker(), ChinaTime.today());
    String caseNo = store.find(id).orElseThrow().caseNo();
    // a month no other test pays: 2019-02, two people of the case, 12,345.67 + 10,000.00 yuan
    for (int i = 0; i < 2; i++) {
      jdbc.sql(
              "insert into payments.entitlement (person_id, programme, month, amount, basis,"
                  + " region_code, case_ref) values (?, 'DIBAO', date '2019-02-01', ?, '图表测试', ?, ?)")
          .params(
              h.personIds().get(i),
              i == 0 ? 12_345.67 : 10_000.00,
              AssistanceFixtures.COMMUNITY,
              caseNo)
          .update();
    }
    String page =
        mvc.perform(
                get("/assistance/statistics?from=2019-01&to=2019-03")
                    .with(authentication(StaffAuthentication.of(AssistanceFixtures.caseworker()))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("data-months=\"2019-01,2019-02,2019-03\"")
        .contains("data-series-1=\"0,2,0\"")
        // 22,345.67 yuan = 2.23 万元 (rounded half up)
        .contains("data-series-2=\"0.00,2.23,0.00\"")
        .contains("/js/month-chart.js");
  }

  @Test
  void thePivotAddsAreaAndCategoryByProgrammeWithSubtotalsAndTotals() throws Exception {
    var fx = new AssistanceFixtures(registry, applications, workflow, review);
    Household h = fx.household(2);
    long id =
        fx.file(fx.dibao(h, Category.BOTTOM), AssistanceFixtures.caseworker(), ChinaTime.today());
    String caseNo = store.find(id).orElseThrow().caseNo();
    // a month no other test pays: 2018-05; 低保 1,000.00 + 500.00 for two people, 特困 300.00 for one
    Object[][] paid = {{0, "DIBAO", 1_000.00}, {1, "DIBAO", 500.00}, {0, "TEKUN", 300.00}};
    for (Object[] p : paid) {
      jdbc.sql(
              "insert into payments.entitlement (person_id, programme, month, amount, basis,"
                  + " region_code, case_ref) values (?, ?, date '2018-05-01', ?, '交叉表测试', ?, ?)")
          .params(
              h.personIds().get((Integer) p[0]), p[1], p[2], AssistanceFixtures.COMMUNITY, caseNo)
          .update();
    }
    String page =
        mvc.perform(
                get("/assistance/statistics?from=2018-05&to=2018-05")
                    .with(authentication(StaffAuthentication.of(AssistanceFixtures.caseworker()))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    String amounts = table(page, "pivot-amount");
    // columns in the brief's order, then the row total
    assertThat(amounts.indexOf(">" + Programme.DIBAO.label() + "<"))
        .isPositive()
        .isLessThan(amounts.indexOf(">" + Programme.TEKUN.label() + "<"));
    assertThat(amounts)
        .contains(">兜底型<", ">1,500.00<", ">300.00<", ">1,800.00<")
        .contains("data-pivot=\"total\"");
    String people = table(page, "pivot-people");
    // 人次: two people in 低保, one in 特困, three in all
    assertThat(people.replaceAll("\\s+", "")).contains(">2<", ">1<", ">3<");
    // the period filter offers months, quarters, half years and years, and keeps the page
    assertThat(page)
        .contains("data-testid=\"period-filter\"", ">月度：<", ">季度：<", ">半年：<", ">年度：<")
        .containsPattern(
            "href=\"/assistance/statistics\\?from=\\d{4}-\\d\\d&amp;to=\\d{4}-\\d\\d\"");
  }

  private static String table(String page, String testid) {
    int start = page.indexOf("data-testid=\"" + testid + "\"");
    assertThat(start).as(testid).isPositive();
    return page.substring(start, page.indexOf("</table>", start));
  }
}
