package cn.minzheng.platform.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.platform.Role;
import com.microsoft.playwright.Browser;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Staff login journeys in a real browser, under the real Content Security Policy. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffLoginBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder encoder;

  private final List<String> cspViolations = new CopyOnWriteArrayList<>();

  @Override
  protected Browser.NewContextOptions contextOptions() {
    return super.contextOptions().setViewportSize(1280, 800);
  }

  @BeforeEach
  void watchConsole() {
    page.onConsoleMessage(
        message -> {
          if (message.text().contains("Content Security Policy")) {
            cspViolations.add(message.text());
          }
        });
  }

  private void signIn(String username) {
    page.navigate("/login");
    page.getByTestId("login-username").fill(username);
    page.getByTestId("login-password").fill(StaffLogin.PASSWORD);
    page.getByTestId("login-submit").click();
  }

  @Test
  void caseworkerSignsInSeesTheWorkQueueAndSignsOut() {
    String username = StaffLogin.uniqueUsername("browser");
    StaffLogin.createAccount(jdbc, encoder, username, "510104001000", Role.STREET_CASEWORKER);

    signIn(username);

    assertThat(page).hasURL(Pattern.compile(".*/$"));
    assertThat(page.getByTestId("topbar-user")).hasText("测试𠮷·用户");
    // the street's 待办 holds whatever earlier journeys left there, or says it is empty
    assertThat(page.getByTestId("work-queue").or(page.getByTestId("work-queue-empty"))).isVisible();
    page.getByTestId("logout").click();
    assertThat(page.getByTestId("logged-out")).isVisible();
    page.navigate("/");
    assertThat(page).hasURL(Pattern.compile(".*/login$"));
    assertThat(cspViolations).isEmpty();
  }

  @Test
  void administratorEnrolsAnAuthenticatorAtFirstSignIn() throws Exception {
    String username = StaffLogin.uniqueUsername("browseradmin");
    StaffLogin.createAccount(jdbc, encoder, username, "510100000000", Role.SECURITY_ADMIN);

    signIn(username);

    assertThat(page).hasURL(Pattern.compile(".*/login/totp/enrol$"));
    assertThat(page.getByTestId("totp-qr")).isVisible();
    String secret = page.getByTestId("totp-secret").textContent().trim();
    page.getByTestId("totp-code").fill(SecondFactorLoginTest.currentCode(secret));
    page.getByTestId("totp-enrol-submit").click();
    assertThat(page).hasURL(Pattern.compile(".*/$"));
    page.navigate("/admin/accounts");
    assertThat(page.getByTestId("account-table")).isVisible();
    assertThat(cspViolations).isEmpty();
  }
}
