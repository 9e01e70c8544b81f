package cn.minzheng.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.portal.codes.DevelopmentTextSender;
import cn.minzheng.registry.RegistryFixtures;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class CitizenMessagesTest {

  @Autowired CitizenMessages messages;
  @Autowired DevelopmentTextSender texts;
  @Autowired JdbcClient jdbc;
  @Autowired FieldCipher cipher;
  @Autowired TransactionTemplate transactions;
  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;

  private record Account(long id, long personId, String phone) {}

  private Account account() {
    var person = registry.person("消息测试", "510104001001");
    String phone = PortalClient.newPhone();
    long id =
        jdbc.sql(
                "insert into portal.citizen_account (person_id, phone_enc, phone_idx,"
                    + " password_hash) values (?, ?, ?, 'x') returning id")
            .params(person.id(), cipher.encrypt(phone), cipher.blindIndex(phone))
            .query(Long.class)
            .single();
    return new Account(id, person.id(), phone);
  }

  private long storedWithKey(String key) {
    return jdbc.sql("select count(*) from portal.citizen_message where once_key = ?")
        .param(key)
        .query(Long.class)
        .single();
  }

  @Test
  void aMessageWithAOnceKeyIsStoredAndTextedOnlyOnce() {
    Account a = account();
    String key = "test:" + UUID.randomUUID();
    CitizenMessage m = CitizenMessage.to(a.personId(), "明日预约提醒", "请按时到场。").once(key);

    assertThat(messages.send(m)).isTrue();
    assertThat(messages.send(m)).isFalse();

    assertThat(storedWithKey(key)).isOne();
    assertThat(messages.unreadCount(a.personId())).isOne();
    assertThat(texts.textsTo(a.phone())).containsExactly("【成都民政】明日预约提醒：请按时到场。");
  }

  @Test
  void severalMessagesInOneCallAreStoredOnceEachAndTextedAfterCommit() {
    Account a = account();
    var without = registry.person("消息测试", "510104001001"); // no portal account: no text
    String key = "test:" + UUID.randomUUID();
    CitizenMessage first = CitizenMessage.to(a.personId(), "预约成功", "预约码 A").once(key + ":1");
    CitizenMessage second = CitizenMessage.to(without.id(), "预约成功", "预约码 A").once(key + ":2");

    int stored =
        transactions.execute(
            tx -> {
              int n = messages.sendAll(java.util.List.of(first, second));
              assertThat(texts.textsTo(a.phone())).as("not before the commit").isEmpty();
              return n;
            });

    assertThat(stored).isEqualTo(2);
    assertThat(texts.textsTo(a.phone())).containsExactly("【成都民政】预约成功：预约码 A");
    assertThat(messages.unreadCount(without.id())).isOne();
    // the same once-keys again, one of them twice in the batch: nothing stored, nothing texted
    assertThat(messages.sendAll(java.util.List.of(first, second, first))).isZero();
    assertThat(storedWithKey(key + ":1")).isOne();
    assertThat(texts.textsTo(a.phone())).hasSize(1);
    assertThat(messages.sendAll(java.util.List.of())).isZero();
  }

  @Test
  void aRolledBackBatchStoresAndTextsNothing() {
    Account a = account();
    String key = "test:" + UUID.randomUUID();
    transactions.executeWithoutResult(
        tx -> {
          messages.sendAll(
              java.util.List.of(CitizenMessage.to(a.personId(), "预约成功", "预约码 B").once(key)));
          tx.setRollbackOnly();
        });
    assertThat(storedWithKey(key)).isZero();
    assertThat(texts.textsTo(a.phone())).isEmpty();
  }

  @Test
  void theTextIsSentOnlyWhenTheSendersTransactionCommits() {
    Account a = account();
    transactions.executeWithoutResult(
        tx -> {
          messages.send(a.personId(), "预约成功", "预约码 ABCDEFGH23", "/portal/marriage/my");
          assertThat(texts.textsTo(a.phone())).isEmpty();
          tx.setRollbackOnly();
        });
    assertThat(texts.textsTo(a.phone())).isEmpty();
    assertThat(messages.unreadCount(a.personId())).isZero();

    transactions.executeWithoutResult(
        tx -> messages.sendToAccount(a.id(), "预约成功", "预约码 ABCDEFGH23", null));
    assertThat(texts.textsTo(a.phone())).hasSize(1);
    assertThat(texts.recent()).noneMatch(t -> t.maskedPhone().equals(a.phone()));
  }

  @Test
  void aPersonWithoutAnAccountGetsTheMessageInTheInboxOnly() {
    var person = registry.person("无账号", "510104001001");
    assertThat(messages.send(person.id(), "通知", "内容", null)).isTrue();
    assertThat(messages.unreadCount(person.id())).isOne();
  }

  @Test
  void linksMustStayOnThisSite() {
    for (String link : new String[] {"https://example.com/x", "//example.com/x", "javascript:x"}) {
      assertThatThrownBy(() -> CitizenMessage.to(1, "主题", "内容").withLink(link))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(CitizenMessage.to(1, "主题", "内容").withLink("/portal/marriage/my").link())
        .isEqualTo("/portal/marriage/my");
    assertThatThrownBy(() -> CitizenMessage.to(1, " ", "内容"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theInboxShowsTheUnreadCountAndOpeningAMessageMarksItRead() throws Exception {
    Account a = account();
    messages.send(a.personId(), "预约成功", "预约码 K7MNPQRS23", "/portal/marriage/my");
    long id =
        jdbc.sql("select max(id) from portal.citizen_message where person_id = ?")
            .param(a.personId())
            .query(Long.class)
            .single();
    var me = CitizenAuthentication.of(new Citizen(a.id(), a.personId()));

    assertThat(page("/portal/me", me)).contains("1条未读");
    assertThat(page("/portal/messages", me)).contains("预约成功").contains("1条未读");
    assertThat(page("/portal/messages/" + id, me))
        .contains("预约码 K7MNPQRS23")
        .contains("href=\"/portal/marriage/my\"");
    assertThat(page("/portal/me", me)).contains("无未读");
  }

  @Test
  void aCitizenCannotOpenAnotherPersonsMessage() throws Exception {
    Account owner = account();
    Account other = account();
    messages.send(owner.personId(), "私人消息", "内容", null);
    long id =
        jdbc.sql("select max(id) from portal.citizen_message where person_id = ?")
            .param(owner.personId())
            .query(Long.class)
            .single();
    mvc.perform(
            get("/portal/messages/" + id)
                .with(
                    authentication(
                        CitizenAuthentication.of(new Citizen(other.id(), other.personId())))))
        .andExpect(status().isNotFound());
    assertThat(messages.unreadCount(owner.personId())).isOne();
  }

  private String page(String path, CitizenAuthentication who) throws Exception {
    return mvc.perform(get(path).with(authentication(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
