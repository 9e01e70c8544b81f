package cn.minzheng.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.registry.RegistryFixtures;
import com.microsoft.playwright.Locator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Journey: a resident registers with a one-time code and sees their own record. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CitizenRegistrationBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired FieldCipher cipher;
  @Autowired DevelopmentCodeSender codes;
  @Autowired RegistryFixtures registry;

  private Locator byTestId(String id) {
    return page.getByTestId(id);
  }

  @Test
  void aCitizenRegistersAndSeesTheirOwnRecord() {
    RegistryFixtures.Person person = registry.person("𠮷祥云", "510104001001");
    String phone = PortalClient.newPhone();

    page.navigate("/portal/login");
    byTestId("to-register").click();
    byTestId("register-phone").fill(phone);
    byTestId("send-code").click();
    assertThat(byTestId("register-masked-phone"))
        .hasText(phone.substring(0, 3) + "****" + phone.substring(7));

    byTestId("register-code").fill(codes.latestCodeFor(phone).orElseThrow());
    byTestId("register-name").fill("𠮷祥云");
    byTestId("register-idNumber").fill(person.idNumber());
    byTestId("register-password").fill(PortalClient.PASSWORD);
    byTestId("register-passwordConfirmation").fill(PortalClient.PASSWORD);
    byTestId("register-consent").check();
    byTestId("register-sensitive-consent").check();
    byTestId("register-submit").click();

    assertThat(page).hasURL(Pattern.compile(".*/portal/me.*"));
    assertThat(byTestId("me-name")).hasText("𠮷祥云");
    String id = person.idNumber();
    assertThat(byTestId("me-id")).hasText(id.substring(0, 6) + "********" + id.substring(14));
    assertThat(page.content()).doesNotContain(id);

    byTestId("me-marriage").click();
    assertThat(page).hasURL(Pattern.compile(".*/portal/marriage.*"));

    byTestId("portal-logout").click();
    assertThat(page).hasURL(Pattern.compile(".*/portal/login.*"));
  }
}
