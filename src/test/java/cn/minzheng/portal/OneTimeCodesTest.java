package cn.minzheng.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.portal.OneTimeCodeSender.Purpose;
import cn.minzheng.portal.account.OneTimeCodes;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** One-time codes: single use, five minutes, hashed at rest, limited, shown only to admins. */
@SpringBootTest
@AutoConfigureMockMvc
class OneTimeCodesTest {

  @Autowired OneTimeCodes codes;
  @Autowired DevelopmentCodeSender sender;
  @Autowired JdbcClient jdbc;
  @Autowired FieldCipher cipher;
  @Autowired MockMvc mvc;

  @Test
  void aCodeWorksOnceOnly() {
    String phone = PortalClient.newPhone();
    codes.issue(phone, Purpose.REGISTER);
    String code = sender.latestCodeFor(phone).orElseThrow();

    assertThat(codes.consume(phone, Purpose.REGISTER, code)).isTrue();
    assertThat(codes.consume(phone, Purpose.REGISTER, code)).isFalse();
  }

  @Test
  void aCodeExpiresAfterFiveMinutes() {
    String phone = PortalClient.newPhone();
    codes.issue(phone, Purpose.REGISTER);
    String code = sender.latestCodeFor(phone).orElseThrow();
    long validFor =
        jdbc.sql(
                "select extract(epoch from expires_at - created_at)::bigint from portal.one_time_code where phone_idx = ?")
            .param(cipher.blindIndex(phone))
            .query(Long.class)
            .single();
    jdbc.sql(
            "update portal.one_time_code set expires_at = now() - interval '1 second' where phone_idx = ?")
        .param(cipher.blindIndex(phone))
        .update();

    assertThat(validFor).isBetween(299L, 301L);
    assertThat(codes.consume(phone, Purpose.REGISTER, code)).isFalse();
  }

  @Test
  void aNewCodeVoidsTheEarlierOneAndCodesAreStoredOnlyHashed() {
    String phone = PortalClient.newPhone();
    codes.issue(phone, Purpose.REGISTER);
    String first = sender.latestCodeFor(phone).orElseThrow();
    codes.issue(phone, Purpose.REGISTER);
    String second = sender.latestCodeFor(phone).orElseThrow();

    long plainCopies =
        jdbc.sql(
                "select count(*) from portal.one_time_code where phone_idx = ? and position(convert_to(?, 'UTF8') in code_hash) > 0")
            .params(cipher.blindIndex(phone), second)
            .query(Long.class)
            .single();
    assertThat(plainCopies).isZero();
    if (!first.equals(second)) {
      assertThat(codes.consume(phone, Purpose.REGISTER, first)).isFalse();
    }
    assertThat(codes.consume(phone, Purpose.REGISTER, second)).isTrue();
  }

  @Test
  void answersTooManyRequestsWhenCodesAreAskedTooOften() throws Exception {
    String phone = PortalClient.newPhone();
    int status = 0;
    for (int i = 0; i < 5 && status != 429; i++) {
      status = new PortalClient(mvc).requestCode(phone).getStatus();
    }
    assertThat(status).isEqualTo(429);
  }

  @Test
  void theDevelopmentCodePageIsForbiddenToStreetCaseworkers() throws Exception {
    StaffUser caseworker =
        new StaffUser(
            9101, "jj-street-test", "街道经办测试", "510104001000", Set.of(Role.STREET_CASEWORKER));
    int status =
        mvc.perform(
                get("/admin/dev-codes").with(authentication(StaffAuthentication.of(caseworker))))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isEqualTo(403);
  }

  @Test
  void theDevelopmentCodePageShowsCodesToSecurityAdministrators() throws Exception {
    String phone = PortalClient.newPhone();
    codes.issue(phone, Purpose.REGISTER);
    StaffUser admin =
        new StaffUser(
            9102, "sec-admin-test", "安全管理测试", "510100000000", Set.of(Role.SECURITY_ADMIN));

    String page =
        mvc.perform(get("/admin/dev-codes").with(authentication(StaffAuthentication.of(admin))))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains(sender.latestCodeFor(phone).orElseThrow());
    assertThat(page)
        .contains(phone.substring(0, 3) + "****" + phone.substring(7))
        .doesNotContain(phone);
  }
}
