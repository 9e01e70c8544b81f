package cn.minzheng.organisations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.organisations.reports.AnnualReport.Filing;
import cn.minzheng.organisations.reports.AnnualReports;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import com.microsoft.playwright.Browser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Journey (issue 18, special funds): the city opens a call; an organisation's account gives its own
 * bank account and applies; two reviewers score; the city grants; the grant appears on the
 * special-fund roster under the organisation's name and credit code, paid into its own account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectGrantBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired OrganisationTestData data;
  @Autowired AnnualReports reports;

  @Override
  protected Browser.NewContextOptions contextOptions() {
    return super.contextOptions().setViewportSize(1280, 900);
  }

  @Test
  void aCallAnApplicationTwoScoresAGrantAndTheOrganisationOnTheRoster() {
    page.onDialog(dialog -> dialog.accept());
    LocalDate today = ChinaTime.today();
    String suffix = "" + System.nanoTime() % 100000;
    String title = "旅程专项资金批次" + suffix;

    // the city opens a call
    StaffSignIn.signInEnrollingTotp(
        page, jdbc, passwords, Role.CITY_ADMIN, RegistryTestData.CITY, "市局管理员");
    page.navigate("/organisations/projects");
    page.locator("#call-year").fill("" + today.getYear());
    page.getByLabel("批次名称").fill(title);
    page.getByLabel("预算总额（元）").fill("500000");
    page.getByLabel("申报开始日期").fill(today.minusDays(1).toString());
    page.getByLabel("申报截止日期").fill(today.plusDays(10).toString());
    page.getByLabel("每个项目评审专家人数").fill("2");
    page.getByLabel("立项最低平均分").fill("60");
    page.getByLabel("为老服务").check();
    page.getByLabel("评分标准").fill("项目设计50分、社会效益50分");
    page.getByTestId("call-submit").click();
    assertThat(page.locator("h1")).containsText(title);

    // an organisation in good standing applies from its own account
    String name = "旅程申报协会" + suffix;
    long id = data.socialGroup(name, RegistryTestData.COMMUNITY, LocalDate.of(2019, 4, 1));
    for (int y = today.getYear() - 2; y < today.getYear(); y++) {
      reports.file(
          id,
          new Filing(y, null, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE, 1, "活动", null),
          LocalDate.of(y + 1, 3, 1),
          "o");
    }
    String creditCode =
        jdbc.sql("select credit_code from organisations.organisation where id = ?")
            .param(id)
            .query(String.class)
            .single();
    page.context().clearCookies();
    String account =
        StaffSignIn.signIn(
            page, jdbc, passwords, Role.ORGANISATION_ACCOUNT, RegistryTestData.DISTRICT);
    jdbc.sql(
            "insert into organisations.organisation_account (username, organisation_id, bound_by) values (?, ?, 'test')")
        .params(account, id)
        .update();
    page.navigate("/organisations/mine/projects");
    page.getByTestId("payee-bank").fill("中国工商银行成都分行");
    page.getByTestId("payee-number").fill("4402000011112222333");
    page.getByTestId("payee-submit").click();
    assertThat(page.getByTestId("payee-account-current")).containsText("4402***********2333");
    page.getByTestId("apply-call")
        .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(title));
    page.getByTestId("apply-title").fill("长者助餐点服务");
    page.getByTestId("apply-category").selectOption("ELDERLY");
    page.getByTestId("apply-requested").fill("60000");
    page.getByTestId("apply-summary").fill("为社区80岁以上老人提供助餐和探访");
    page.getByTestId("apply-submit").click();
    assertThat(page.getByTestId("message")).containsText("项目已申报");
    long application =
        jdbc.sql("select id from organisations.project_application where organisation_id = ?")
            .param(id)
            .query(Long.class)
            .single();

    // two reviewers of the district score it
    for (String[] reviewer : new String[][] {{"评审专家甲", "82"}, {"评审专家乙", "88"}}) {
      page.context().clearCookies();
      StaffSignIn.signInEnrollingTotp(
          page, jdbc, passwords, Role.DISTRICT_APPROVER, RegistryTestData.DISTRICT, reviewer[0]);
      page.navigate("/organisations/projects/applications/" + application);
      page.getByTestId("score-input").fill(reviewer[1]);
      page.getByTestId("score-submit").click();
      assertThat(page.getByTestId("score-list")).containsText(reviewer[1]);
    }
    assertThat(page.getByTestId("project-average")).containsText("85");

    // the city grants 55,000 of the 60,000 asked
    page.context().clearCookies();
    StaffSignIn.signInEnrollingTotp(
        page, jdbc, passwords, Role.CITY_ADMIN, RegistryTestData.CITY, "市局审批人");
    page.navigate("/organisations/projects/applications/" + application);
    assertThat(page.getByTestId("project-payee")).containsText(name + "（" + creditCode + "）");
    page.getByTestId("approve-amount").fill("55000");
    page.getByTestId("approve-submit").click();
    assertThat(page.getByTestId("project-status")).hasText("已立项");
    assertThat(page.getByTestId("project-grant")).containsText("成民专资");

    // the roster of the grant's pay month names the organisation, its code and its own account
    LocalDate payMonth =
        jdbc.sql("select pay_month from organisations.project_grant where application_id = ?")
            .param(application)
            .query(LocalDate.class)
            .single();
    page.navigate("/payments/rosters");
    page.locator("#draft-programme").selectOption("SPECIAL_FUND");
    page.locator("#draft-month").fill(YearMonth.from(payMonth).toString());
    page.getByTestId("roster-draft").click();
    long roster =
        jdbc.sql(
                "select id from payments.roster where programme = 'SPECIAL_FUND' and month = ?"
                    + " and district_code = ?")
            .params(payMonth, RegistryTestData.DISTRICT)
            .query(Long.class)
            .single();
    page.navigate("/payments/rosters/" + roster);
    var line =
        page.getByTestId("roster-line")
            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name));
    assertThat(line).containsText("统一社会信用代码 " + creditCode);
    assertThat(line.getByTestId("line-account")).hasText("4402***********2333");
    // money on the roster page is grouped by thousands
    assertThat(line).containsText("55,000.00");
  }
}
