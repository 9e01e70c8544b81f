package cn.minzheng.portal;

import static cn.minzheng.portal.PortalTestSupport.register;
import static cn.minzheng.portal.PortalTestSupport.requestCode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.testing.ClientSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Registration with real-name check against the registry. */
@SpringBootTest
@AutoConfigureMockMvc
class CitizenRegistrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired FieldCipher cipher;
  @Autowired DevelopmentCodeSender sender;

  RegistryFixtures registry;

  @BeforeEach
  void fixtures() {
    registry = new RegistryFixtures(jdbc, cipher);
  }

  @Test
  void registersAndLinksTheAccountWhenNameAndIdNumberMatchAPerson() throws Exception {
    var person = registry.person("赵明远", "510104001001");
    String phone = PortalTestSupport.newPhone();
    ClientSession session = new ClientSession();

    MvcResult result =
        register(mvc, session, "赵明远", person.idNumber(), requestCode(mvc, sender, session, phone));

    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/portal/me?registered");
    var account =
        jdbc.sql(
                "select person_id, password_hash, phone_enc from portal.citizen_account where phone_idx = ?")
            .param(cipher.blindIndex(phone))
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getBytes(3)})
            .single();
    assertThat(account[0]).isEqualTo(person.id());
    assertThat((String) account[1]).startsWith("$argon2id$");
    assertThat(new String((byte[]) account[2], java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain(phone);
  }

  @Test
  void acceptsAMinorityNameTypedWithAnotherMiddleDot() throws Exception {
    var person = registry.person("阿依古丽·买买提", "510104001001");
    ClientSession session = new ClientSession();
    String code = requestCode(mvc, sender, session, PortalTestSupport.newPhone());

    MvcResult result = register(mvc, session, "阿依古丽•买买提", person.idNumber(), code);

    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/portal/me?registered");
  }

  @Test
  void refusesAWrongNameAndNamesTheField() throws Exception {
    var person = registry.person("钱文博", "510104001001");
    ClientSession session = new ClientSession();
    String code = requestCode(mvc, sender, session, PortalTestSupport.newPhone());

    String page =
        register(mvc, session, "钱文波", person.idNumber(), code).getResponse().getContentAsString();

    assertThat(page).contains("data-testid=\"error-idNumber\"").contains("姓名或身份证号码与人口库登记信息不符");
    assertThat(accountsOf(person.id())).isZero();
  }

  @Test
  void refusesAnIdNumberUnknownToTheRegistry() throws Exception {
    ClientSession session = new ClientSession();
    String code = requestCode(mvc, sender, session, PortalTestSupport.newPhone());

    String page =
        register(mvc, session, "孙丽", RegistryFixtures.newIdNumber(false), code)
            .getResponse()
            .getContentAsString();

    assertThat(page).contains("data-testid=\"error-idNumber\"").contains("身份证号码与人口库登记信息不符");
  }

  @Test
  void refusesAnIdNumberWithAWrongCheckDigit() throws Exception {
    ClientSession session = new ClientSession();
    String code = requestCode(mvc, sender, session, PortalTestSupport.newPhone());
    // 11010519491231002X is valid (domain-rules.md §1); any other last character is not.
    String page =
        register(mvc, session, "孙丽", "110105194912310021", code).getResponse().getContentAsString();

    assertThat(page).contains("data-testid=\"error-idNumber\"").contains("身份证号码校验位错误");
  }

  @Test
  void refusesASecondAccountForTheSamePerson() throws Exception {
    var person = registry.person("周建华", "510104001001");
    ClientSession first = new ClientSession();
    register(
        mvc,
        first,
        "周建华",
        person.idNumber(),
        requestCode(mvc, sender, first, PortalTestSupport.newPhone()));
    ClientSession second = new ClientSession();

    String page =
        register(
                mvc,
                second,
                "周建华",
                person.idNumber(),
                requestCode(mvc, sender, second, PortalTestSupport.newPhone()))
            .getResponse()
            .getContentAsString();

    assertThat(page).contains("data-testid=\"error-idNumber\"").contains("该身份证号码已注册账户");
    assertThat(accountsOf(person.id())).isEqualTo(1);
  }

  @Test
  void refusesAWrongCodeAndNamesTheField() throws Exception {
    var person = registry.person("吴晓东", "510104001001");
    ClientSession session = new ClientSession();
    String code = requestCode(mvc, sender, session, PortalTestSupport.newPhone());
    String wrong = code.equals("000000") ? "111111" : "000000";

    String page =
        register(mvc, session, "吴晓东", person.idNumber(), wrong).getResponse().getContentAsString();

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
