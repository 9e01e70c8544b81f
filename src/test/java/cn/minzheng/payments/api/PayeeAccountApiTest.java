package cn.minzheng.payments.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.minzheng.payments.PaymentsTestData;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.testing.ApiContract;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A person's payee account over the API: read masked with its ETag and audited; changed only with
 * the ETag last seen (412 after another change, 428 without one), the number's check digit checked
 * (400 naming the field, nothing written); another district's person answers 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PayeeAccountApiTest {

  /** UnionPay numbers whose Luhn check digit was computed by hand. */
  static final String CARD_A = "6228480012345678903";

  static final String CARD_B = "6222021000123456781";
  static final String CARD_B_WRONG_DIGIT = "6222021000123456782";

  static final StaffUser JINJIANG =
      PaymentsTestData.staff(PaymentsTestData.JINJIANG, Role.DISTRICT_APPROVER);
  static final StaffUser QINGYANG =
      PaymentsTestData.staff(PaymentsTestData.QINGYANG, Role.DISTRICT_APPROVER);

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;

  @Test
  void theFirstAccountNeedsNoVersionThenEveryChangeNeedsTheLatestETag() throws Exception {
    long person = person();
    MvcResult none = perform(get(path(person)), JINJIANG);
    assertThat(none.getResponse().getStatus()).isEqualTo(404);

    MvcResult created = change(person, null, form("张三", "农业银行", CARD_A));
    assertThat(created.getResponse().getStatus()).isEqualTo(200);
    String first = created.getResponse().getHeader("ETag");
    assertThat(first).isEqualTo("\"" + activeId(person) + "\"");

    MvcResult read = perform(get(path(person)), JINJIANG);
    assertThat(read.getResponse().getHeader("ETag")).isEqualTo(first);
    String body = read.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat((String) JsonPath.read(body, "$.maskedNumber"))
        .isEqualTo("6228***********8903")
        .doesNotContain("12345678");
    assertThat(audited(person)).isEqualTo(1);

    // without If-Match once an account exists: 428; with it: a new account, a new ETag
    assertThat(change(person, null, form("张三", "中国银行", CARD_B)).getResponse().getStatus())
        .isEqualTo(428);
    MvcResult changed = change(person, first, form("张三", "中国银行", CARD_B));
    assertThat(changed.getResponse().getStatus()).isEqualTo(200);
    String second = changed.getResponse().getHeader("ETag");
    assertThat(second).isNotEqualTo(first).isEqualTo("\"" + activeId(person) + "\"");

    // a second office still holding the first version is told, and changes nothing
    MvcResult stale = change(person, first, form("张三", "建设银行", CARD_A));
    assertThat(stale.getResponse().getStatus()).isEqualTo(412);
    assertThat(stale.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("\"field\":\"If-Match\"");
    assertThat(bankOfActive(person)).isEqualTo("中国银行");
    assertThat(accounts(person)).isEqualTo(2);
  }

  @Test
  void aWrongCheckDigitOrBlankHolderIsRefusedByFieldAndNothingIsWritten() throws Exception {
    long person = person();
    MvcResult wrong = change(person, null, form(" ", "中国银行", CARD_B_WRONG_DIGIT));
    assertThat(wrong.getResponse().getStatus()).isEqualTo(400);
    String body = wrong.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(body).contains("accountNumber").contains("校验位").contains("holderName");
    assertThat(accounts(person)).isZero();
    assertThat(change(person, "\"abc\"", form("李四", "中国银行", CARD_B)).getResponse().getStatus())
        .isEqualTo(400);
  }

  @Test
  void anotherDistrictsPersonIsNotFoundAndItsReadIsNotAudited() throws Exception {
    long person = person();
    change(person, null, form("王五", "农业银行", CARD_A));
    assertThat(perform(get(path(person)), QINGYANG).getResponse().getStatus()).isEqualTo(404);
    assertThat(
            change(person, "\"" + activeId(person) + "\"", form("王五", "中国银行", CARD_B), QINGYANG)
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(audited(person)).isZero();
    assertThat(bankOfActive(person)).isEqualTo("农业银行");
  }

  private long person() {
    return registry.person("收款接口", PaymentsTestData.JINJIANG_COMMUNITY).id();
  }

  private static String path(long person) {
    return "/api/v1/payments/payees/" + person + "/account";
  }

  private static String form(String holder, String bank, String number) {
    return "{\"holderName\":\"%s\",\"bankName\":\"%s\",\"accountNumber\":\"%s\"}"
        .formatted(holder, bank, number);
  }

  private MvcResult change(long person, String ifMatch, String body) throws Exception {
    return change(person, ifMatch, body, JINJIANG);
  }

  private MvcResult change(long person, String ifMatch, String body, StaffUser user)
      throws Exception {
    MockHttpServletRequestBuilder request =
        put(path(person)).contentType("application/json").content(body);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return perform(request, user);
  }

  private MvcResult perform(MockHttpServletRequestBuilder request, StaffUser user)
      throws Exception {
    MvcResult result =
        mvc.perform(request.with(authentication(StaffAuthentication.of(user))).with(csrf()))
            .andReturn();
    ApiContract.assertConforms(mvc, result);
    return result;
  }

  private long activeId(long person) {
    return jdbc.sql("select id from payments.payee_account where person_id = ? and active")
        .param(person)
        .query(Long.class)
        .single();
  }

  private String bankOfActive(long person) {
    return jdbc.sql("select bank_name from payments.payee_account where person_id = ? and active")
        .param(person)
        .query(String.class)
        .single();
  }

  private long accounts(long person) {
    return jdbc.sql("select count(*) from payments.payee_account where person_id = ?")
        .param(person)
        .query(Long.class)
        .single();
  }

  private long audited(long person) {
    return jdbc.sql(
            "select count(*) from platform.audit_log where action = 'payments.account.read'"
                + " and target_id = ?")
        .param(String.valueOf(person))
        .query(Long.class)
        .single();
  }
}
