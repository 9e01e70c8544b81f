package cn.minzheng.organisations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.organisations.credit.CreditLists;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import com.microsoft.playwright.Browser;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Journey: an organisation's account files an annual report from the menu after the year's 31 May
 * deadline, so late; the district reviews it 合格; the daily run puts the late filer on the abnormal
 * list, and the public query shows it there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnnualReportBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired OrganisationTestData data;
  @Autowired CreditLists lists;

  @Override
  protected Browser.NewContextOptions contextOptions() {
    return super.contextOptions().setViewportSize(1280, 900);
  }

  @Test
  void anOrganisationFilesItsReportStaffReviewItAndTheLateFilerIsListedPublicly() {
    LocalDate today = ChinaTime.today();
    // the year before last: its 31 May deadline has passed whatever today is
    int year = today.getYear() - 2;
    String name = "旅程测试公益协会" + System.nanoTime() % 100000;
    long id = data.socialGroup(name, RegistryTestData.COMMUNITY, LocalDate.of(2020, 3, 1));
    String username =
        StaffSignIn.signIn(
            page, jdbc, passwords, Role.ORGANISATION_ACCOUNT, RegistryTestData.DISTRICT);
    jdbc.sql(
            "insert into organisations.organisation_account (username, organisation_id, bound_by) values (?, ?, 'test')")
        .params(username, id)
        .update();

    page.getByText("本组织").first().click();
    assertThat(page.getByTestId("organisation-name")).hasText(name);
    page.getByTestId("report-year").fill("" + year);
    page.getByTestId("report-income").fill("150000");
    page.getByTestId("report-expenditure").fill("120000.5");
    page.getByTestId("report-net-assets").fill("60000");
    page.getByTestId("report-staff").fill("3");
    page.getByTestId("report-activities").fill("开展社区公益活动18次");
    page.getByTestId("report-submit").click();
    assertThat(page.getByTestId("message")).containsText("年度报告已报送");
    assertThat(page.getByTestId("my-reports")).containsText("逾期");
    assertThat(page.getByTestId("my-report-result")).hasText("待审查");

    long report =
        jdbc.sql("select id from organisations.annual_report where organisation_id = ?")
            .param(id)
            .query(Long.class)
            .single();
    page.context().clearCookies();
    StaffSignIn.signInEnrollingTotp(
        page, jdbc, passwords, Role.DISTRICT_APPROVER, RegistryTestData.DISTRICT, "审查员");
    page.navigate("/organisations/reports/" + report);
    assertThat(page.getByTestId("report")).containsText("开展社区公益活动18次");
    page.getByTestId("review-result").selectOption("QUALIFIED");
    page.getByTestId("review-submit").click();
    assertThat(page.getByTestId("report-result")).hasText("合格");

    // the daily run: the report reached the registration authority after 31 May
    lists.listLateReports(year, today, "system");

    page.navigate("/public/organisations/credit");
    page.getByTestId("public-credit-q").fill(name);
    page.getByTestId("public-credit-submit").click();
    assertThat(page.getByTestId("public-credit-entry")).containsText(name);
    assertThat(page.getByTestId("public-credit-status")).hasText("正常");
    assertThat(page.getByTestId("public-credit-listing")).containsText("活动异常名录：未按照规定时限和要求报送年度工作报告");
  }
}
