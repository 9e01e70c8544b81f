package cn.minzheng.elderly;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.platform.Role;
import cn.minzheng.shared.ChinaTime;
import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Journey: district staff file an institution, issue the receipt, it is on the public list. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InstitutionFilingBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;

  @Override
  protected Browser.NewContextOptions contextOptions() {
    return super.contextOptions().setViewportSize(1280, 900);
  }

  @Test
  void staffFileAnInstitutionAndItAppearsOnThePublicList() {
    String name = "锦江颐养院" + System.nanoTime() % 100000;
    // the receipt is the bureau's decision: district staff (with their second factor)
    StaffSignIn.signInEnrollingTotp(
        page, jdbc, passwords, Role.DISTRICT_APPROVER, "510104000000", "区县审批人");

    page.navigate("/elderly/institutions");
    page.getByTestId("filing-name").fill(name);
    page.getByTestId("filing-credit").fill(ElderlyTestData.creditCode());
    page.getByTestId("filing-address").fill("锦江区颐和路1号");
    page.getByTestId("filing-region").selectOption("510104001001", PICKED);
    page.getByTestId("filing-legal").fill("阿依古丽·买买提");
    page.getByTestId("filing-phone").fill("028-84000000");
    page.getByTestId("filing-beds").fill("150");
    page.getByTestId("filing-nursing").fill("90");
    page.getByTestId("filing-admitted").fill(ChinaTime.today().minusDays(3).toString());
    page.getByTestId("filing-pledge").check();
    page.getByTestId("filing-submit").click();

    assertThat(page.getByTestId("institution-status")).hasText("待审核");
    page.getByTestId("issue-receipt").click();
    assertThat(page.getByTestId("institution-status")).hasText("已备案");

    page.navigate("/public/elderly/institutions");
    assertThat(page.getByTestId("public-institutions")).containsText(name);
    assertThat(page.getByTestId("public-institutions")).containsText("阿依古丽·买买提");
  }
}
