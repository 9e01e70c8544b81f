package cn.minzheng.elderly;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.elderly.homeservice.ProviderRoster;
import cn.minzheng.elderly.homeservice.ProviderRoster.ProviderForm;
import cn.minzheng.platform.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Journey: street staff open a provider, add a worker with a double click (one worker results), see
 * the field error of an empty name, and deactivate the provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomeServiceProviderBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired ProviderRoster roster;

  @Test
  void staffAddAWorkerWithADoubleClickAndDeactivateTheProvider() {
    long id =
        roster.addProvider(
            new ProviderForm("浏览器测试服务社", "510104001000", "028-86002222"), UUID.randomUUID(), "t");
    StaffSignIn.signIn(page, jdbc, passwords, Role.STREET_CASEWORKER, "510104001000");

    page.navigate("/elderly/home-services");
    page.getByTestId("provider-" + id).click();
    page.locator("#workerName").fill("护理员双击");
    page.getByTestId("worker-add").dblclick();
    assertThat(page.getByTestId("provider-message")).containsText("已新增服务人员");
    assertThat(roster.workers(id)).hasSize(1);

    page.locator("#name").fill("");
    page.getByTestId("provider-save").click();
    assertThat(page.getByTestId("provider-errors")).isVisible();
    assertThat(page.locator("#name + .invalid-feedback")).hasText("名称：不能为空");

    page.locator("#name").fill("浏览器测试服务社");
    page.locator("#active").selectOption("false");
    page.getByTestId("provider-save").click();
    assertThat(page.getByTestId("provider-status")).hasText("停用");
    assertThat(roster.provider(id).orElseThrow().active()).isFalse();
  }
}
