package cn.minzheng.elderly;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.elderly.institution.InstitutionFilings;
import cn.minzheng.elderly.institution.InstitutionOperators;
import cn.minzheng.platform.Role;
import cn.minzheng.shared.ChinaTime;
import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Journey: an institution's operator files online from the menu, the bureau asks for more
 * materials, the operator answers and the filing waits for review again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InstitutionOperatorBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired InstitutionFilings filings;
  @Autowired InstitutionOperators operators;

  @Override
  protected Browser.NewContextOptions contextOptions() {
    return super.contextOptions().setViewportSize(1280, 900);
  }

  @Test
  void anOperatorFilesOnlineAndAnswersTheRequestForMaterials() {
    String name = "网上颐养院" + System.nanoTime() % 100000;
    String username =
        StaffSignIn.signIn(page, jdbc, passwords, Role.INSTITUTION_OPERATOR, "510104000000");

    page.getByText("本机构备案").first().click();
    page.getByTestId("filing-name").fill(name);
    page.getByTestId("filing-credit").fill(ElderlyTestData.creditCode());
    page.getByTestId("filing-address").fill("锦江区椿萱路2号");
    page.getByTestId("filing-region").selectOption("510104001001", PICKED);
    page.getByTestId("filing-legal").fill("钱𠮷");
    page.getByTestId("filing-phone").fill("028-84000001");
    page.getByTestId("filing-beds").fill("60");
    page.getByTestId("filing-nursing").fill("30");
    page.getByTestId("filing-admitted").fill(ChinaTime.today().minusDays(2).toString());
    page.getByTestId("filing-pledge").check();
    page.getByTestId("filing-submit").click();

    assertThat(page.getByTestId("operator-institution")).hasText(name);
    assertThat(page.getByTestId("institution-status")).hasText("待审核");

    long id = operators.institutionOf(username).orElseThrow();
    filings.requestMaterials(id, "请补充房屋安全鉴定报告", "district_approver");
    page.reload();
    assertThat(page.getByTestId("materials-note")).hasText("请补充房屋安全鉴定报告");
    page.getByTestId("materials-answer").fill("已上传房屋安全鉴定报告");
    page.getByTestId("materials-submit").click();

    assertThat(page.getByTestId("operator-message")).containsText("已提交补充材料");
    assertThat(page.getByTestId("institution-status")).hasText("待审核");
    assertThat(page.getByTestId("operator-history")).containsText("机构补充材料");
  }
}
