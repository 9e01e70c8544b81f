package cn.minzheng.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.registry.RegistryFixtures;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Journey on a phone (390×844): a resident reads the privacy notice, registers with both consents,
 * signs out, and signs in again with a code sent by text instead of the password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CitizenAccountBrowserTest extends BrowserTestSupport {

  @Autowired DevelopmentCodeSender codes;
  @Autowired RegistryFixtures registry;

  @Test
  void aResidentRegistersWithConsentSignsOutAndSignsInWithATextCode() {
    RegistryFixtures.Person person = registry.person("欧阳晓雯", "510104001001");
    String phone = PortalClient.newPhone();
    assertThat(page.viewportSize().width).isEqualTo(390);
    assertThat(page.viewportSize().height).isEqualTo(844);

    page.navigate("/portal/login");
    page.getByTestId("to-register").click();
    page.getByTestId("register-phone").fill(phone);
    page.getByTestId("send-code").click();
    page.getByTestId("register-code").fill(codes.latestCodeFor(phone).orElseThrow());
    page.getByTestId("register-name").fill("欧阳晓雯");
    page.getByTestId("register-idNumber").fill(person.idNumber());
    page.getByTestId("register-password").fill(PortalClient.PASSWORD);
    page.getByTestId("register-passwordConfirmation").fill(PortalClient.PASSWORD);
    page.getByTestId("register-submit").click();
    assertThat(page.getByTestId("error-consent")).isVisible();
    assertThat(page.getByTestId("error-sensitiveConsent")).isVisible();

    page.getByTestId("register-code").fill(codes.latestCodeFor(phone).orElseThrow());
    page.getByTestId("register-password").fill(PortalClient.PASSWORD);
    page.getByTestId("register-passwordConfirmation").fill(PortalClient.PASSWORD);
    page.getByTestId("register-consent").check();
    page.getByTestId("register-sensitive-consent").check();
    page.getByTestId("register-submit").click();
    assertThat(page).hasURL(Pattern.compile(".*/portal/me.*"));
    assertThat(page.getByTestId("me-consent-standing")).containsText("2026-12");

    page.getByTestId("portal-logout").click();
    assertThat(page).hasURL(Pattern.compile(".*/portal/login.*"));
    page.getByTestId("to-code-login").click();
    page.getByTestId("code-login-phone").fill(phone);
    page.getByTestId("code-login-send").click();
    assertThat(page.getByTestId("code-login-sent"))
        .containsText(phone.substring(0, 3) + "****" + phone.substring(7));
    page.getByTestId("code-login-code").fill(codes.latestCodeFor(phone).orElseThrow());
    page.getByTestId("code-login-submit").click();

    assertThat(page).hasURL(Pattern.compile(".*/portal/me$"));
    assertThat(page.getByTestId("me-name")).hasText("欧阳晓雯");
    assertThat(page.content()).doesNotContain(person.idNumber()).doesNotContain(phone);
  }
}
