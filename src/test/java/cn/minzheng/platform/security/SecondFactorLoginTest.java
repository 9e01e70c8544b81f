package cn.minzheng.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.account.StaffAccounts;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SecondFactorLoginTest {

  static final String CITY = "510100000000";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder encoder;
  @Autowired StaffAccounts accounts;

  @Test
  void cityAdminWithoutEnrolmentIsSentToEnrolAndReachesNothingElse() throws Exception {
    String username = StaffLogin.uniqueUsername("admin");
    StaffLogin.createAccount(jdbc, encoder, username, CITY, Role.CITY_ADMIN);
    StaffLogin browser = new StaffLogin(mvc);

    MockHttpServletResponse login = browser.submitPassword(username, StaffLogin.PASSWORD);

    assertThat(login.getRedirectedUrl()).isEqualTo("/login/totp/enrol");
    assertThat(browser.perform(get("/")).getRedirectedUrl()).isEqualTo("/login/totp/enrol");
    assertThat(browser.perform(get("/api/v1/me")).getStatus()).isEqualTo(401);
  }

  @Test
  void enrolmentShowsAQrCodeAndItsFirstCodeCompletesTheLogin() throws Exception {
    String username = StaffLogin.uniqueUsername("enrol");
    StaffLogin.createAccount(jdbc, encoder, username, CITY, Role.CITY_ADMIN);
    StaffLogin browser = new StaffLogin(mvc);
    browser.submitPassword(username, StaffLogin.PASSWORD);

    String page = browser.perform(get("/login/totp/enrol")).getContentAsString();
    assertThat(page).contains("src=\"data:image/png;base64,");
    Matcher secret = Pattern.compile("data-testid=\"totp-secret\">([A-Z2-7]+)<").matcher(page);
    assertThat(secret.find()).isTrue();
    String beforeCode = browser.sessionId();

    MockHttpServletResponse done =
        browser.submitCode("/login/totp/enrol", currentCode(secret.group(1)));

    assertThat(done.getRedirectedUrl()).isEqualTo("/");
    assertThat(browser.sessionId()).isNotEqualTo(beforeCode);
    assertThat(browser.perform(get("/")).getStatus()).isEqualTo(200);
    assertThat(enrolled(username)).isTrue();
  }

  @Test
  void enrolledAdminNeedsTheCurrentCodeAndCannotReplayIt() throws Exception {
    String username = StaffLogin.uniqueUsername("totp");
    long id = StaffLogin.createAccount(jdbc, encoder, username, CITY, Role.SECURITY_ADMIN);
    String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    accounts.startTotpEnrolment(id, secret, "test");
    jdbc.sql("update platform.staff_account set totp_enrolled = true where id = ?")
        .param(id)
        .update();
    StaffLogin browser = new StaffLogin(mvc);

    assertThat(browser.submitPassword(username, StaffLogin.PASSWORD).getRedirectedUrl())
        .isEqualTo("/login/totp");
    assertThat(audited("login.success", username)).isZero();
    assertThat(browser.submitCode("/login/totp", "000000").getRedirectedUrl())
        .isEqualTo("/login/totp?error=code");
    assertThat(audited("login.failure", username)).isEqualTo(1);
    String code = currentCode(secret);
    assertThat(browser.submitCode("/login/totp", code).getRedirectedUrl()).isEqualTo("/");
    assertThat(audited("login.success", username)).isEqualTo(1);
    assertThat(browser.perform(get("/admin/accounts")).getStatus()).isEqualTo(200);

    StaffLogin thief = new StaffLogin(mvc);
    thief.submitPassword(username, StaffLogin.PASSWORD);
    assertThat(thief.submitCode("/login/totp", code).getRedirectedUrl())
        .isEqualTo("/login/totp?error=code");
    assertThat(thief.perform(get("/")).getRedirectedUrl()).isEqualTo("/login/totp");
  }

  @Test
  void enrolledAccountCannotBeReEnrolledWithThePasswordAlone() throws Exception {
    String username = StaffLogin.uniqueUsername("reenrol");
    long id = StaffLogin.createAccount(jdbc, encoder, username, CITY, Role.AUDITOR);
    accounts.startTotpEnrolment(id, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXQ", "test");
    jdbc.sql("update platform.staff_account set totp_enrolled = true where id = ?")
        .param(id)
        .update();
    StaffLogin browser = new StaffLogin(mvc);
    browser.submitPassword(username, StaffLogin.PASSWORD);

    assertThat(browser.perform(get("/login/totp/enrol")).getRedirectedUrl())
        .isEqualTo("/login/totp");
  }

  @Test
  void staffWithoutTheRequirementMayEnrolAndIsThenAskedForTheCode() throws Exception {
    String username = StaffLogin.uniqueUsername("optin");
    StaffLogin.createAccount(jdbc, encoder, username, "510104001000", Role.STREET_CASEWORKER);
    StaffLogin browser = new StaffLogin(mvc);
    assertThat(browser.submitPassword(username, StaffLogin.PASSWORD).getRedirectedUrl())
        .isEqualTo("/");
    String page = browser.perform(get("/account/security")).getContentAsString();
    Matcher secret = Pattern.compile("data-testid=\"totp-secret\">([A-Z2-7]+)<").matcher(page);
    assertThat(secret.find()).isTrue();

    browser.submitCode("/account/security", "/account/security/totp", currentCode(secret.group(1)));

    assertThat(enrolled(username)).isTrue();
    assertThat(new StaffLogin(mvc).submitPassword(username, StaffLogin.PASSWORD).getRedirectedUrl())
        .isEqualTo("/login/totp");
  }

  static String currentCode(String secret) throws Exception {
    return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30);
  }

  private long audited(String action, String actor) {
    return jdbc.sql("select count(*) from platform.audit_log where action = ? and actor = ?")
        .params(action, actor)
        .query(Long.class)
        .single();
  }

  private boolean enrolled(String username) {
    return jdbc.sql("select totp_enrolled from platform.staff_account where username = ?")
        .param(username)
        .query(Boolean.class)
        .single();
  }
}
