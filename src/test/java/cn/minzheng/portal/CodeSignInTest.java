package cn.minzheng.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.account.OneTimeCodes;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.registry.RegistryFixtures;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 短信验证码登录 over real HTTP: the same session, CSRF and audit as the password sign-in; a code works
 * once, within its five minutes, and not after five wrong tries; a number without an account gets
 * the same answers as one with.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CodeSignInTest {

  static final String BAD_CODE = "验证码错误或已过期，请重新获取";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired FieldCipher cipher;
  @Autowired DevelopmentCodeSender sender;
  @Autowired RegistryFixtures registry;
  @Autowired OneTimeCodes codes;

  /** A registered citizen: account and phone. */
  private record Registered(long accountId, String phone) {}

  private Registered registered(String name) throws Exception {
    var person = registry.person(name, "510104001001");
    String phone = PortalClient.newPhone();
    PortalClient browser = new PortalClient(mvc);
    browser.requestCode(phone);
    assertThat(
            browser
                .register(name, person.idNumber(), sender.latestCodeFor(phone).orElseThrow())
                .getRedirectedUrl())
        .isEqualTo("/portal/me?registered");
    long account =
        jdbc.sql("select id from portal.citizen_account where phone_idx = ?")
            .param(cipher.blindIndex(phone))
            .query(Long.class)
            .single();
    return new Registered(account, phone);
  }

  private static MockHttpServletResponse askCode(PortalClient browser, String phone)
      throws Exception {
    return browser.post("/portal/login/code/send", "phone", phone);
  }

  private static MockHttpServletResponse enter(PortalClient browser, String code) throws Exception {
    return browser.post("/portal/login/code", "code", code);
  }

  private String latestCode(String phone) {
    return sender.latestCodeFor(phone).orElseThrow();
  }

  private static String other(String code) {
    return "000000".equals(code) ? "111111" : "000000";
  }

  private static String masked(String phone) {
    return phone.substring(0, 3) + "****" + phone.substring(7);
  }

  @Test
  void aCodeSignsTheOwnerInWithANewSessionIndexedUnderTheAccountAndAudited() throws Exception {
    Registered citizen = registered("施雨桐");
    PortalClient browser = new PortalClient(mvc);

    assertThat(askCode(browser, citizen.phone()).getRedirectedUrl())
        .isEqualTo("/portal/login/code?sent");
    assertThat(browser.get("/portal/login/code?sent").getContentAsString())
        .contains("如该手机号已注册，验证码已发送至 <span>" + masked(citizen.phone()))
        .doesNotContain(citizen.phone());
    String before = browser.sessionId();
    MockHttpServletResponse in = enter(browser, latestCode(citizen.phone()));

    assertThat(in.getRedirectedUrl()).isEqualTo("/portal/me");
    assertThat(browser.sessionId()).isNotEqualTo(before);
    assertThat(browser.get("/portal/me").getContentAsString()).contains("施雨桐");
    assertThat(
            jdbc.sql("select principal_name from spring_session where session_id = ?")
                .param(browser.sessionId())
                .query(String.class)
                .single())
        .isEqualTo("citizen-" + citizen.accountId());
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from platform.audit_log where action = 'portal.login'
                       and target_id = ? and outcome = 'SUCCESS' and detail = 'sms code'""")
                .param(String.valueOf(citizen.accountId()))
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
    Registered citizen = registered("康乐怡");
    PortalClient browser = new PortalClient(mvc);
    askCode(browser, citizen.phone());

    MockHttpServletResponse forged =
        browser.send(post("/portal/login/code").param("code", latestCode(citizen.phone())));

    assertThat(forged.getStatus()).isEqualTo(403);
    assertThat(browser.get("/portal/me").getRedirectedUrl()).endsWith("/portal/login");
  }

  @Test
  void anUnknownNumberGetsTheSameAnswersAsARegisteredOneAndNoText() throws Exception {
    Registered citizen = registered("尹嘉禾");
    String unknown = PortalClient.newPhone();
    PortalClient owner = new PortalClient(mvc);
    PortalClient prober = new PortalClient(mvc);

    MockHttpServletResponse known = askCode(owner, citizen.phone());
    MockHttpServletResponse probe = askCode(prober, unknown);
    assertThat(probe.getStatus()).isEqualTo(known.getStatus());
    assertThat(probe.getRedirectedUrl()).isEqualTo(known.getRedirectedUrl());
    String knownPage = owner.get(known.getRedirectedUrl()).getContentAsString();
    String probePage = prober.get(probe.getRedirectedUrl()).getContentAsString();
    assertThat(comparable(probePage, unknown)).isEqualTo(comparable(knownPage, citizen.phone()));
    assertThat(sender.latestCodeFor(unknown)).isEmpty();

    String wrong = other(latestCode(citizen.phone()));
    MockHttpServletResponse knownWrong = enter(owner, wrong);
    MockHttpServletResponse probeWrong = enter(prober, "123456");
    assertThat(probeWrong.getStatus()).isEqualTo(knownWrong.getStatus()).isEqualTo(422);
    assertThat(errorOf(probeWrong)).isNotEmpty().isEqualTo(errorOf(knownWrong));
  }

  @Test
  void aCodeWorksOnceOnly() throws Exception {
    Registered citizen = registered("龚思远");
    PortalClient first = new PortalClient(mvc);
    PortalClient second = new PortalClient(mvc);
    askCode(first, citizen.phone());
    askCode(second, citizen.phone());
    String code = latestCode(citizen.phone());

    assertThat(enter(second, code).getRedirectedUrl()).isEqualTo("/portal/me");
    MockHttpServletResponse again = enter(first, code);

    assertThat(again.getStatus()).isEqualTo(422);
    assertThat(again.getContentAsString()).contains(BAD_CODE);
    assertThat(first.get("/portal/me").getRedirectedUrl()).endsWith("/portal/login");
  }

  @Test
  void fiveWrongCodesVoidTheCodeSoTheRightOneNoLongerWorks() throws Exception {
    Registered citizen = registered("毛静宜");
    PortalClient browser = new PortalClient(mvc);
    askCode(browser, citizen.phone());
    String code = latestCode(citizen.phone());

    for (int i = 1; i <= 4; i++) {
      assertThat(enter(browser, other(code)).getStatus()).as("wrong try %d", i).isEqualTo(422);
    }
    assertThat(attemptsOfLatestSignInCode(citizen.phone())).isEqualTo(4);
    assertThat(enter(browser, other(code)).getStatus()).isEqualTo(422);
    MockHttpServletResponse right = enter(browser, code);

    assertThat(right.getRedirectedUrl()).isNull();
    assertThat(right.getContentAsString()).contains(BAD_CODE);
    assertThat(attemptsOfLatestSignInCode(citizen.phone())).isEqualTo(5);
  }

  @Test
  void aCodeStillWorksOneSecondBeforeItsFiveMinutesEndAndNotAtTheEnd() throws Exception {
    Instant issued = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant end = issued.plus(Duration.ofMinutes(5));
    try {
      codes.useClock(Clock.fixed(issued, ZoneOffset.UTC));
      Registered citizen = registered("鲍一鸣");
      PortalClient browser = new PortalClient(mvc);
      askCode(browser, citizen.phone());
      String code = latestCode(citizen.phone());
      assertThat(
              jdbc.sql(
                      """
                      select expires_at from portal.one_time_code
                       where phone_idx = ? and purpose = 'SIGN_IN'""")
                  .param(cipher.blindIndex(citizen.phone()))
                  .query(Timestamp.class)
                  .single()
                  .toInstant())
          .isEqualTo(end);

      codes.useClock(Clock.fixed(end, ZoneOffset.UTC));
      MockHttpServletResponse atTheEnd = enter(browser, code);
      codes.useClock(Clock.fixed(end.minusSeconds(1), ZoneOffset.UTC));
      MockHttpServletResponse aSecondBefore = enter(browser, code);

      assertThat(atTheEnd.getStatus()).isEqualTo(422);
      assertThat(atTheEnd.getContentAsString()).contains(BAD_CODE);
      assertThat(aSecondBefore.getRedirectedUrl()).isEqualTo("/portal/me");
    } finally {
      codes.useClock(null);
    }
  }

  @Test
  void codesAreLimitedPerPhoneAndPerAddress() throws Exception {
    String phone = PortalClient.newPhone();
    int[] perPhone = new int[4];
    for (int i = 0; i < 4; i++) {
      perPhone[i] = askCode(new PortalClient(mvc), phone).getStatus();
    }
    PortalClient oneAddress = new PortalClient(mvc);
    int[] perAddress = new int[11];
    for (int i = 0; i < 11; i++) {
      perAddress[i] = askCode(oneAddress, PortalClient.newPhone()).getStatus();
    }

    assertThat(perPhone).containsExactly(302, 302, 302, 429);
    assertThat(perAddress[9]).isEqualTo(302);
    assertThat(perAddress[10]).isEqualTo(429);
  }

  private long attemptsOfLatestSignInCode(String phone) {
    return jdbc.sql(
            """
            select attempts from portal.one_time_code where phone_idx = ? and purpose = 'SIGN_IN'
             order by id desc limit 1""")
        .param(cipher.blindIndex(phone))
        .query(Long.class)
        .single();
  }

  /** A page as two visitors may see it alike: without its phone and its session's CSRF token. */
  static String comparable(String page, String phone) {
    return page.replace(masked(phone), "PHONE")
        .replaceAll("(name=\"_csrf\"\\s+value=\")[^\"]*\"", "$1\"");
  }

  /** The code field's error as the page shows it. */
  static String errorOf(MockHttpServletResponse response) throws Exception {
    String page = response.getContentAsString();
    int start = page.indexOf("id=\"code-error\"");
    return start < 0 ? "" : page.substring(start, page.indexOf("</div>", start));
  }
}
