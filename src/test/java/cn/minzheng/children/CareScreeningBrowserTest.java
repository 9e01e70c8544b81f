package cn.minzheng.children;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.children.care.CareProgramme;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryTestData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Journey (issue 15, 关爱行动): a district approver uploads a school's screening file, the import
 * report shows the pupils, the follow-up list shows the two positives, and a follow-up recorded in
 * the list leaves one open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareScreeningBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired CareProgramme programme;

  @Test
  void anUploadedSchoolFileListsItsPositivesForFollowUp() {
    String roundName = "旅程轮次" + UUID.randomUUID().toString().substring(0, 8);
    long round =
        programme.openRound(
            roundName, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31), 30, "test");
    String code = "J" + System.nanoTime() % 1_000_000;
    programme.saveSchool(code, "旅程小学" + code, RegistryTestData.COMMUNITY, "test");
    byte[] file =
        CareProgrammeTest.xlsx(
            CareProgrammeTest.row("", "J1", "旅程甲", "三年级", "异常", "正常", "", ""),
            CareProgrammeTest.row("", "J2", "旅程乙", "三年级", "正常", "异常", "正常", ""),
            CareProgrammeTest.row("", "J3", "旅程丙", "三年级", "正常", "正常", "正常", "正常"));

    page.onDialog(dialog -> dialog.accept());
    StaffSignIn.signInEnrollingTotp(
        page, jdbc, passwords, Role.DISTRICT_APPROVER, RegistryTestData.DISTRICT, "区县审批员");
    page.navigate("/children/care?round=" + round);
    page.getByTestId("care-school")
        .selectOption(
            new com.microsoft.playwright.options.SelectOption().setLabel(code + " 旅程小学" + code));
    page.getByTestId("care-file")
        .setInputFiles(
            new FilePayload(
                "screening.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                file));
    page.getByTestId("care-upload").click();

    assertThat(page.getByTestId("care-import-state")).containsText("已导入");
    assertThat(page.getByTestId("care-rows")).hasText("3");
    assertThat(page.getByTestId("care-positive")).hasText("2");
    page.getByTestId("care-import-follow-ups").click();

    Locator rows = page.getByTestId("care-follow-up-row");
    assertThat(rows).hasCount(2);
    assertThat(page.getByTestId("care-follow-ups")).containsText("旅程甲");
    assertThat(page.getByTestId("care-follow-ups")).containsText("近视");
    assertThat(page.getByTestId("care-follow-ups")).containsText("旅程乙");
    assertThat(page.getByTestId("care-follow-ups")).containsText("龋齿");

    Locator first = rows.filter(new Locator.FilterOptions().setHasText("旅程甲"));
    first.locator("input[name=outcome]").fill("已到医院复查并配镜");
    first
        .getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("登记"))
        .click();
    assertThat(page.getByTestId("care-follow-up-row")).hasCount(1);
    assertThat(page.getByTestId("care-follow-ups")).containsText("旅程乙");
  }
}
