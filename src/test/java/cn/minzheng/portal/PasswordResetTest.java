package cn.minzheng.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.registry.RegistryFixtures;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 忘记密码 over real HTTP: a code to the registered phone, the registration's password rules, every
 * session and app token of the account ended, audited; an unknown number answered alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PasswordResetTest {

  static final String NEW_PASSWORD = "Renewed2027pass";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired FieldCipher cipher;
  @Autowired DevelopmentCodeSender sender;
  @Autowired RegistryFixtures registry;

  private record Registered(long accountId, String phone) {}

  private Registered registered(String name) throws Exception {
    var person = registry.person(name, "510104001001");
    String phone = PortalClient.newPhone();
    PortalClient browser = new PortalClient(mvc);
    browser.requestCode(phone);
    browser.register(name, person.idNumber(), sender.latestCodeFor(phone).orElseThrow());
    long account =
        jdbc.sql("select id from portal.citizen_account where phone_idx = ?")
            .param(cipher.blindIndex(phone))
            .query(Long.class)
            .single();
    return new Registered(account, phone);
  }

  private PortalClient signedIn(String phone, String password) throws Exception {
    PortalClient browser = new PortalClient(mvc);
    assertThat(browser.signIn(phone, password).getRedirectedUrl()).isEqualTo("/portal/me");
    return browser;
  }

  private static MockHttpServletResponse askCode(PortalClient browser, String phone)
      throws Exception {
    return browser.post("/portal/password/reset/code", "phone", phone);
  }

  private static MockHttpServletResponse reset(
      PortalClient browser, String code, String password, String confirmation) throws Exception {
    return browser.post(
        "/portal/password/reset",
        "code",
        code,
        "password",
        password,
        "passwordConfirmation",
        confirmation);
  }

  /** An app's authorization with a refresh token, as the authorization server keeps it. */
  private String appAuthorizationFor(String principal) {
    String id = UUID.randomUUID().toString();
    jdbc.sql(
            """
            insert into oauth2_authorization (id, registered_client_id, principal_name,
                   authorization_grant_type, refresh_token_value, refresh_token_issued_at,
                   refresh_token_expires_at)
            values (?, 'test-app', ?, 'authorization_code', ?, now(), now() + interval '30 days')""")
        .params(id, principal, "refresh-" + id)
        .update();
    return id;
  }

  private long authorizations(String id) {
    return jdbc.sql("select count(*) from oauth2_authorization where id = ?")
        .param(id)
        .query(Long.class)
        .single();
  }

  @Test
  void aResetEndsEverySessionAndAppTokenOfTheAccountAndOnlyTheNewPasswordWorks() throws Exception {
    Registered citizen = registered("窦明哲");
    Registered neighbour = registered("窦明远");
    PortalClient phone = signedIn(citizen.phone(), PortalClient.PASSWORD);
    PortalClient laptop = signedIn(citizen.phone(), PortalClient.PASSWORD);
    PortalClient neighbourBrowser = signedIn(neighbour.phone(), PortalClient.PASSWORD);
    String app = appAuthorizationFor("citizen-" + citizen.accountId());
    String neighbourApp = appAuthorizationFor("citizen-" + neighbour.accountId());
    PortalClient forgetful = new PortalClient(mvc);

    assertThat(askCode(forgetful, citizen.phone()).getRedirectedUrl())
        .isEqualTo("/portal/password/reset?sent");
    MockHttpServletResponse done =
        reset(
            forgetful,
            sender.latestCodeFor(citizen.phone()).orElseThrow(),
            NEW_PASSWORD,
            NEW_PASSWORD);

    assertThat(done.getRedirectedUrl()).isEqualTo("/portal/login?reset");
    assertThat(phone.get("/portal/me").getRedirectedUrl()).endsWith("/portal/login");
    assertThat(laptop.get("/portal/me").getRedirectedUrl()).endsWith("/portal/login");
    assertThat(neighbourBrowser.get("/portal/me").getStatus()).isEqualTo(200);
    assertThat(authorizations(app)).isZero();
    assertThat(authorizations(neighbourApp)).isOne();
    assertThat(new PortalClient(mvc).signIn(citizen.phone(), PortalClient.PASSWORD).getStatus())
        .isEqualTo(200);
    signedIn(citizen.phone(), NEW_PASSWORD);
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from platform.audit_log where action = 'portal.password.reset'
                       and target_id = ? and outcome = 'SUCCESS'""")
                .param(String.valueOf(citizen.accountId()))
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void theNewPasswordFollowsTheRegistrationRulesAndARefusalKeepsTheCode() throws Exception {
    Registered citizen = registered("柏若溪");
    PortalClient browser = new PortalClient(mvc);
    askCode(browser, citizen.phone());
    String code = sender.latestCodeFor(citizen.phone()).orElseThrow();

    MockHttpServletResponse tooShort = reset(browser, code, "abc1234", "abc1234");
    MockHttpServletResponse noDigit = reset(browser, code, "abcdefgh", "abcdefgh");
    MockHttpServletResponse mismatch = reset(browser, code, NEW_PASSWORD, NEW_PASSWORD + "x");
    MockHttpServletResponse noCode = reset(browser, "", NEW_PASSWORD, NEW_PASSWORD);

    assertThat(tooShort.getStatus()).isEqualTo(422);
    assertThat(tooShort.getContentAsString())
        .contains("data-testid=\"error-password\"")
        .contains("密码长度应为8至64位");
    assertThat(noDigit.getContentAsString()).contains("密码须同时包含字母和数字");
    assertThat(mismatch.getContentAsString())
        .contains("data-testid=\"error-passwordConfirmation\"")
        .contains("两次输入的密码不一致");
    assertThat(noCode.getContentAsString()).contains("请填写短信验证码");
    assertThat(reset(browser, code, "abc12345", "abc12345").getRedirectedUrl())
        .isEqualTo("/portal/login?reset");
    signedIn(citizen.phone(), "abc12345");
  }

  @Test
  void anUnknownNumberGetsTheSameAnswersAsARegisteredOneAndNoText() throws Exception {
    Registered citizen = registered("邬清扬");
    String unknown = PortalClient.newPhone();
    PortalClient owner = new PortalClient(mvc);
    PortalClient prober = new PortalClient(mvc);

    MockHttpServletResponse known = askCode(owner, citizen.phone());
    MockHttpServletResponse probe = askCode(prober, unknown);
    String wrong =
        "999999".equals(sender.latestCodeFor(citizen.phone()).orElseThrow()) ? "888888" : "999999";
    String knownPage = owner.get(known.getRedirectedUrl()).getContentAsString();
    String probePage = prober.get(probe.getRedirectedUrl()).getContentAsString();
    MockHttpServletResponse knownWrong = reset(owner, wrong, NEW_PASSWORD, NEW_PASSWORD);
    MockHttpServletResponse probeWrong = reset(prober, wrong, NEW_PASSWORD, NEW_PASSWORD);

    assertThat(probe.getRedirectedUrl()).isEqualTo(known.getRedirectedUrl());
    assertThat(CodeSignInTest.comparable(probePage, unknown))
        .isEqualTo(CodeSignInTest.comparable(knownPage, citizen.phone()));
    assertThat(sender.latestCodeFor(unknown)).isEmpty();
    assertThat(probeWrong.getStatus()).isEqualTo(knownWrong.getStatus()).isEqualTo(422);
    assertThat(CodeSignInTest.errorOf(probeWrong))
        .isNotEmpty()
        .isEqualTo(CodeSignInTest.errorOf(knownWrong));
  }
}
