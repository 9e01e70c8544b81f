package cn.minzheng.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.testing.IdNumbers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Registration with real-name check against the registry. */
@SpringBootTest
@AutoConfigureMockMvc
class CitizenRegistrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired FieldCipher cipher;
  @Autowired DevelopmentCodeSender sender;
  @Autowired RegistryFixtures registry;

  /** A browser that has asked for a code for a new phone; answers the code. */
  private String codeSentTo(PortalClient browser, String phone) throws Exception {
    browser.requestCode(phone);
    return sender.latestCodeFor(phone).orElseThrow();
  }

  private String refusal(String name, String idNumber) throws Exception {
    PortalClient browser = new PortalClient(mvc);
    String code = codeSentTo(browser, PortalClient.newPhone());
    return browser.register(name, idNumber, code).getContentAsString();
  }

  @Test
  void registersAndLinksTheAccountWhenNameAndIdNumberMatchAPerson() throws Exception {
    var person = registry.person("赵明远", "510104001001");
    String phone = PortalClient.newPhone();
    PortalClient browser = new PortalClient(mvc);

    var response = browser.register("赵明远", person.idNumber(), codeSentTo(browser, phone));

    assertThat(response.getRedirectedUrl()).isEqualTo("/portal/me?registered");
    var account =
        jdbc.sql(
                "select person_id, password_hash, phone_enc from portal.citizen_account where phone_idx = ?")
            .param(cipher.blindIndex(phone))
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getBytes(3)})
            .single();
    assertThat(account[0]).isEqualTo(person.id());
    assertThat((String) account[1]).startsWith("$argon2id$");
    assertThat(new String((byte[]) account[2], StandardCharsets.ISO_8859_1)).doesNotContain(phone);
    assertThat(browser.get("/portal/me").getContentAsString()).contains("赵明远");
  }

  @Test
  void acceptsAMinorityNameTypedWithAnotherMiddleDot() throws Exception {
    var person = registry.person("阿依古丽·买买提", "510104001001");
    PortalClient browser = new PortalClient(mvc);
    String code = codeSentTo(browser, PortalClient.newPhone());

    var response = browser.register("阿依古丽•买买提", person.idNumber(), code);

    assertThat(response.getRedirectedUrl()).isEqualTo("/portal/me?registered");
  }

  @Test
  void refusesAWrongNameAndNamesTheField() throws Exception {
    var person = registry.person("钱文博", "510104001001");

    String page = refusal("钱文波", person.idNumber());

    assertThat(page).contains("data-testid=\"error-idNumber\"").contains("姓名或身份证号码与人口库登记信息不符");
    assertThat(accountsOf(person.id())).isZero();
  }

  @Test
  void refusesAnIdNumberUnknownToTheRegistry() throws Exception {
    String page = refusal("孙丽", IdNumbers.uniqueIdNumber(false));

    assertThat(page).contains("data-testid=\"error-idNumber\"").contains("身份证号码与人口库登记信息不符");
  }

  @Test
  void refusesAnIdNumberWithAWrongCheckDigit() throws Exception {
    // 11010519491231002X is valid (docs/domain-rules.md §1); any other last character is not.
    String page = refusal("孙丽", "110105194912310021");

    assertThat(page).contains("data-testid=\"error-idNumber\"").contains("身份证号码校验位错误");
  }

  @Test
  void refusesASecondAccountForTheSamePerson() throws Exception {
    var person = registry.person("周建华", "510104001001");
    PortalClient first = new PortalClient(mvc);
    first.register("周建华", person.idNumber(), codeSentTo(first, PortalClient.newPhone()));

    String page = refusal("周建华", person.idNumber());

    assertThat(page).contains("data-testid=\"error-idNumber\"").contains("该身份证号码已注册账户");
    assertThat(accountsOf(person.id())).isEqualTo(1);
  }

  @Test
  void refusesAWrongCodeAndNamesTheField() throws Exception {
    var person = registry.person("吴晓东", "510104001001");
    PortalClient browser = new PortalClient(mvc);
    String code = codeSentTo(browser, PortalClient.newPhone());
    String wrong = code.equals("000000") ? "111111" : "000000";

    String page = browser.register("吴晓东", person.idNumber(), wrong).getContentAsString();

    assertThat(page).contains("data-testid=\"error-code\"").contains("验证码错误或已过期");
    assertThat(accountsOf(person.id())).isZero();
  }

  private long accountsOf(long personId) {
    return jdbc.sql("select count(*) from portal.citizen_account where person_id = ?")
        .param(personId)
        .query(Long.class)
        .single();
  }
}
