package cn.minzheng.socialwork;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryTestData;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A street caseworker registers a compound organisation (小区党组织+业委会+物业) of a community of the
 * street, adds its members and a meeting, and finds it again in the list by its name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GovernanceBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;

  @Test
  void aStreetRegistersACompoundOrganisationWithMembersAndAMeeting() {
    String name = "浏览器小区联合体" + UUID.randomUUID().toString().substring(0, 4);
    StaffSignIn.signIn(page, jdbc, passwords, Role.STREET_CASEWORKER, RegistryTestData.STREET);

    page.navigate("/socialwork/governance");
    page.locator("#communityCode").selectOption(RegistryTestData.COMMUNITY, PICKED);
    page.locator("#kind").selectOption("COMPOUND");
    page.locator("#name").fill(name);
    page.locator("#goal").fill("党组织牵头，业委会与物业共同议事");
    page.getByTestId("governance-save").click();

    assertThat(page.getByTestId("governance-message")).containsText("已登记");
    assertThat(page.getByTestId("governance-name")).hasText(name);
    page.getByTestId("member-name").fill("张𠮷");
    page.getByTestId("member-role").fill("业委会主任");
    page.getByTestId("member-save").click();
    assertThat(page.getByTestId("member-list")).containsText("业委会主任");
    page.getByTestId("meeting-subject").fill("小区停车管理");
    page.getByTestId("meeting-attendees").fill("15");
    page.getByTestId("meeting-save").click();
    assertThat(page.getByTestId("meeting-list")).containsText("小区停车管理");

    page.navigate("/socialwork/governance");
    page.locator("#qFilter").fill(name);
    page.getByTestId("governance-filter").locator("button[type=submit]").click();
    assertThat(page.getByTestId("governance-list")).containsText(name);
    assertThat(
            jdbc.sql(
                    "select count(*) from socialwork.governance_meeting m"
                        + " join socialwork.governance_body b on b.id = m.body_id where b.name = ?")
                .param(name)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
