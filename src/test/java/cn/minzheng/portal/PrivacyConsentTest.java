package cn.minzheng.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.portal.codes.DevelopmentTextSender;
import cn.minzheng.registry.RegistryFixtures;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The privacy consent of registration (个人信息保护法 arts. 14, 17, 29): the notice, both ticks required,
 * the consent stored with the notice's version and time, shown on 我的, withdrawn there with its
 * effect (no more text messages, the inbox stays) and given again.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PrivacyConsentTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired FieldCipher cipher;
  @Autowired DevelopmentCodeSender sender;
  @Autowired DevelopmentTextSender texts;
  @Autowired CitizenMessages messages;
  @Autowired RegistryFixtures registry;

  private MockHttpServletResponse register(
      PortalClient browser, RegistryFixtures.Person person, String phone, String... ticks)
      throws Exception {
    browser.requestCode(phone);
    String[] params = {
      "name",
      person.name(),
      "idNumber",
      person.idNumber(),
      "password",
      PortalClient.PASSWORD,
      "passwordConfirmation",
      PortalClient.PASSWORD,
      "code",
      sender.latestCodeFor(phone).orElseThrow()
    };
    String[] all = new String[params.length + ticks.length * 2];
    System.arraycopy(params, 0, all, 0, params.length);
    for (int i = 0; i < ticks.length; i++) {
      all[params.length + 2 * i] = ticks[i];
      all[params.length + 2 * i + 1] = "true";
    }
    return browser.post("/portal/register", all);
  }

  private long accounts(String phone) {
    return jdbc.sql("select count(*) from portal.citizen_account where phone_idx = ?")
        .param(cipher.blindIndex(phone))
        .query(Long.class)
        .single();
  }

  @Test
  void registrationIsRefusedWithoutEitherTickAndNamesTheField() throws Exception {
    var person = registry.person("祁若兰", "510104001001");
    String phone = PortalClient.newPhone();
    PortalClient browser = new PortalClient(mvc);

    MockHttpServletResponse none = register(browser, person, phone);
    MockHttpServletResponse onlyNotice = register(browser, person, phone, "consent");

    assertThat(none.getStatus()).isEqualTo(422);
    assertThat(none.getContentAsString())
        .contains("data-testid=\"error-consent\"")
        .contains("请阅读《个人信息保护告知书》，勾选同意后再注册")
        .contains("data-testid=\"error-sensitiveConsent\"")
        .contains("请勾选单独同意处理身份证号码等敏感个人信息后再注册");
    assertThat(onlyNotice.getStatus()).isEqualTo(422);
    assertThat(onlyNotice.getContentAsString())
        .doesNotContain("data-testid=\"error-consent\"")
        .contains("data-testid=\"error-sensitiveConsent\"");
    assertThat(accounts(phone)).isZero();
  }

  @Test
  void theConsentIsStoredWithTheNoticeVersionAndTimeAndShownOnMe() throws Exception {
    var person = registry.person("詹思齐", "510104001001");
    String phone = PortalClient.newPhone();
    PortalClient browser = new PortalClient(mvc);
    Instant before = Instant.now().minusSeconds(1);

    assertThat(register(browser, person, phone, "consent", "sensitiveConsent").getRedirectedUrl())
        .isEqualTo("/portal/me?registered");

    record Stored(String version, boolean sensitive, Timestamp at, Timestamp withdrawn) {}
    Stored stored =
        jdbc.sql(
                """
                select c.notice_version as version, c.sensitive, c.consented_at as at,
                       c.withdrawn_at as withdrawn
                  from portal.privacy_consent c
                  join portal.citizen_account a on a.id = c.account_id
                 where a.phone_idx = ?""")
            .param(cipher.blindIndex(phone))
            .query(Stored.class)
            .single();
    assertThat(stored.version()).isEqualTo("2026-12");
    assertThat(stored.sensitive()).isTrue();
    assertThat(stored.at().toInstant()).isBetween(before, Instant.now().plusSeconds(1));
    assertThat(stored.withdrawn()).isNull();
    assertThat(browser.get("/portal/me").getContentAsString())
        .contains("data-testid=\"me-consent-standing\"")
        .contains("2026-12")
        .contains("撤回同意");
  }

  @Test
  void withdrawingStopsTheTextMessagesButNotTheInboxAndConsentingAgainResumesThem()
      throws Exception {
    var person = registry.person("蓝心怡", "510104001001");
    String phone = PortalClient.newPhone();
    PortalClient browser = new PortalClient(mvc);
    register(browser, person, phone, "consent", "sensitiveConsent");
    messages.send(person.id(), "第一条", "撤回前", null);

    assertThat(browser.post("/portal/me/privacy/withdraw").getRedirectedUrl())
        .isEqualTo("/portal/me");
    messages.send(person.id(), "第二条", "撤回后", null);
    String me = browser.get("/portal/me").getContentAsString();
    browser.post("/portal/me/privacy/consent");
    messages.send(person.id(), "第三条", "重新同意后", null);

    assertThat(texts.textsTo(phone)).containsExactly("【成都民政】第三条：重新同意后", "【成都民政】第一条：撤回前");
    assertThat(messages.unreadCount(person.id())).isEqualTo(3);
    assertThat(me).contains("data-testid=\"me-consent-withdrawn\"").contains("不再向您的手机发送消息提醒短信");
    assertThat(
            jdbc.sql(
                    """
                    select count(*) filter (where c.withdrawn_at is not null) || '/' || count(*)
                      from portal.privacy_consent c
                      join portal.citizen_account a on a.id = c.account_id
                     where a.phone_idx = ?""")
                .param(cipher.blindIndex(phone))
                .query(String.class)
                .single())
        .isEqualTo("1/2");
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from platform.audit_log
                     where action in ('portal.consent.withdraw', 'portal.consent.give')
                       and target_id = (select id::text from portal.citizen_account
                                         where phone_idx = ?)""")
                .param(cipher.blindIndex(phone))
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void theNoticeSaysWhatWhyHowLongToWhomAndTheRightsToAnybody() throws Exception {
    String notice = new PortalClient(mvc).get("/portal/privacy").getContentAsString();

    assertThat(notice)
        .contains("个人信息保护告知书")
        .contains("2026-12")
        .contains("收集哪些信息、为什么收集")
        .contains("保存多久")
        .contains("提供给谁")
        .contains("查阅")
        .contains("更正")
        .contains("删除")
        .contains("撤回同意")
        .contains("第二十九条");
  }
}
