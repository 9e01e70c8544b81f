package cn.minzheng.registry;

import static cn.minzheng.registry.RegistryTestData.CITY;
import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.as;
import static cn.minzheng.registry.RegistryTestData.auth;
import static cn.minzheng.registry.RegistryTestData.form;
import static cn.minzheng.testing.IdNumbers.uniqueIdNumber;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.domain.person.PersonService;
import com.microsoft.playwright.Browser;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Journey: a street caseworker signs in, finds a person of their street by ID number, opens the
 * record, reveals the full number (audited) and signs out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffPersonJourneyBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired PersonService persons;

  @Override
  protected Browser.NewContextOptions contextOptions() {
    return super.contextOptions().setViewportSize(1366, 900);
  }

  @Test
  void aCaseworkerFindsAPersonByIdNumberRevealsTheNumberAndSignsOut() {
    String username = StaffSignIn.signIn(page, jdbc, passwords, Role.STREET_CASEWORKER, STREET);
    String idNumber = uniqueIdNumber(false);
    long personId =
        as(
            auth(CITY, Role.CITY_ADMIN),
            () -> persons.create(form(idNumber, "阿依古丽·买买提", COMMUNITY)));

    page.navigate("/registry/persons");
    page.getByTestId("search-id-number").fill(idNumber);
    page.getByTestId("search-submit").click();
    assertThat(page.getByTestId("person-row")).hasCount(1);
    // the list's address carries a search token, never the number
    assertThat(page).hasURL(Pattern.compile(".*/registry/persons\\?idToken=.*"));
    org.assertj.core.api.Assertions.assertThat(page.url()).doesNotContain(idNumber);
    page.getByTestId("person-link").click();

    assertThat(page).hasURL(Pattern.compile(".*/registry/persons/" + personId));
    assertThat(page.getByTestId("person-name")).hasText("阿依古丽·买买提");
    String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
    assertThat(page.getByTestId("masked-id-number")).hasText(masked);
    assertThat(page.content()).doesNotContain(idNumber);

    // the reveal is an htmx request: click only once htmx (a deferred script) has bound the button
    page.waitForFunction("() => window.htmx !== undefined");
    page.getByTestId("unmask-id-number").click();
    assertThat(page.getByTestId("unmasked-id-number")).hasText(idNumber);
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.audit_log where action = 'person.unmask'"
                        + " and actor = ? and target_id = ?")
                .params(username, String.valueOf(personId))
                .query(Long.class)
                .single())
        .isEqualTo(1);

    page.getByTestId("logout").click();
    assertThat(page).hasURL(Pattern.compile(".*/login.*"));
    page.navigate("/registry/persons/" + personId);
    assertThat(page).hasURL(Pattern.compile(".*/login.*"));
  }
}
