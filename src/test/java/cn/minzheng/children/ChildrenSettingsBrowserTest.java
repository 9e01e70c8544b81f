package cn.minzheng.children;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryTestData;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Journey (issue 15): the city administrator opens 走访间隔与就读年龄, previews a new visit interval for
 * de-facto unsupported children and a new study age cap, confirms each, and finds both in the
 * history. The versions are in the 2040s so that no other test meets them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChildrenSettingsBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;

  @AfterEach
  void dropTheVersionsOfTheJourney() {
    jdbc.sql("delete from children.study_age_version where valid_from >= date '2040-01-01'")
        .update();
    jdbc.sql("delete from children.visit_interval_version where valid_from >= date '2040-01-01'")
        .update();
  }

  @Test
  void theCityAdministratorPreviewsAndConfirmsANewIntervalAndANewAgeCap() {
    page.onDialog(dialog -> dialog.accept());
    StaffSignIn.signInEnrollingTotp(
        page, jdbc, passwords, Role.CITY_ADMIN, RegistryTestData.CITY, "市级管理员");
    page.navigate("/children/settings");
    assertThat(page.getByTestId("children-age-now")).hasText("22");

    page.locator("#category").selectOption(new SelectOption().setLabel("事实无人抚养儿童"));
    page.locator("#months").fill("2");
    page.locator("#interval-from").fill("2047-03-01");
    page.getByTestId("children-interval-preview").click();
    assertThat(page.getByTestId("children-interval-preview-result"))
        .containsText("走访间隔由 1 个月调整为 2 个月");
    page.getByTestId("children-interval-save").locator("button").click();
    assertThat(page.getByTestId("children-message")).containsText("自 2047-03-01 起走访间隔为 2 个月");
    assertThat(page.getByTestId("children-interval-history")).containsText("2047-03-01");

    page.locator("#maxAge").fill("23");
    page.locator("#age-from").fill("2047-01");
    page.getByTestId("children-age-preview").click();
    assertThat(page.getByTestId("children-age-preview-result")).containsText("由 22 周岁调整为 23 周岁");
    page.getByTestId("children-age-save").locator("button").click();
    assertThat(page.getByTestId("children-message")).containsText("自 2047-01 起在校就读最高年龄为 23 周岁");
    assertThat(page.getByTestId("children-age-history")).containsText("2047-01");
    assertThat(page.getByTestId("children-age-now")).hasText("22");
  }
}
