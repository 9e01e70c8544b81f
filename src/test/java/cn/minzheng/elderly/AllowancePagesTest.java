package cn.minzheng.elderly;

import static cn.minzheng.elderly.ElderlyTestData.idNumberBornOn;
import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.platform.Role;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Allowance pages: configuration for city administrators, visits inside the scope, portal check.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AllowancePagesTest {

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;
  @Autowired FieldCipher cipher;
  @Autowired DevelopmentCodeSender codes;
  @Autowired cn.minzheng.elderly.allowance.AllowanceBands bands;

  @Test
  void configurationPageSaysTheOfficialAmountsAreUnconfirmedAndIsForCityAdministratorsOnly()
      throws Exception {
    mvc.perform(
            get("/elderly/allowance/config")
                .with(authentication(auth(RegistryTestData.CITY, Role.CITY_ADMIN))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("官方年龄档与发放标准尚未确认")));
    mvc.perform(
            get("/elderly/allowance/config")
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isForbidden());
  }

  @Test
  void anAdministratorSetsNewBandsFromAMonthAndBlankRowsAreLeftOut() throws Exception {
    mvc.perform(
            post("/elderly/allowance/config/bands")
                .param("from", "2045-01")
                .param("label", "80-89周岁", "90周岁及以上", "", "")
                .param("minAge", "80", "90", "100", "100")
                .param("maxAge", "89", "", "", "")
                .param("amount", "120.00", "350.00", "1", "1")
                .with(authentication(auth(RegistryTestData.CITY, Role.CITY_ADMIN)))
                .with(csrf()))
        .andExpect(content().string(Matchers.containsString("自 2045-01 起执行新标准")));
    var bandsIn2045 = bands.validIn(java.time.YearMonth.of(2045, 1));
    assertThat(bandsIn2045)
        .extracting(b -> b.label() + ":" + b.monthlyAmount())
        .containsExactlyInAnyOrder("80-89周岁:120.00", "90周岁及以上:350.00");
  }

  @Test
  void aMonthThatIsNoMonthIsRefusedNamingTheFieldAndNothingChanges() throws Exception {
    var admin = auth(RegistryTestData.CITY, Role.CITY_ADMIN);
    long bandRows = bandRows();
    mvc.perform(
            post("/elderly/allowance/config/run")
                .param("month", "2026-13")
                .with(authentication(admin))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("月份：月份格式应为 年-月")));
    mvc.perform(
            post("/elderly/allowance/config/bands")
                .param("from", "下个月")
                .param("label", "80-89周岁")
                .param("minAge", "80")
                .param("maxAge", "89")
                .param("amount", "120.00")
                .with(authentication(admin))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("执行起始月份：月份格式应为 年-月")));
    assertThat(bandRows()).isEqualTo(bandRows);
  }

  private long bandRows() {
    return jdbc.sql("select count(*) from elderly.allowance_band").query(Long.class).single();
  }

  @Test
  void aStreetWorkerRecordsVisitsOnlyForEldersOfTheirOwnStreet() throws Exception {
    String inside = idNumberBornOn(LocalDate.of(1941, 2, 2));
    String outside = idNumberBornOn(LocalDate.of(1941, 2, 3));
    long insideId = create(inside, RegistryTestData.COMMUNITY);
    long outsideId = create(outside, RegistryTestData.SIBLING_STREET_COMMUNITY);
    var worker = auth(RegistryTestData.STREET, Role.STREET_CASEWORKER);

    mvc.perform(
            post("/elderly/allowance/checks/visit")
                .param("idNumber", inside)
                .param("note", "走访")
                .with(authentication(worker))
                .with(csrf()))
        .andExpect(content().string(Matchers.containsString("已记录走访认证")));
    mvc.perform(
            post("/elderly/allowance/checks/visit")
                .param("idNumber", outside)
                .param("note", "走访")
                .with(authentication(worker))
                .with(csrf()))
        .andExpect(content().string(Matchers.containsString("本辖区内未找到该人员")));

    assertThat(checksOf(insideId)).isEqualTo(1);
    assertThat(checksOf(outsideId)).isZero();
  }

  @Test
  void aCitizenVerifiesThemselfWithACodeSentToTheAccountPhone() throws Exception {
    long elder = create(idNumberBornOn(LocalDate.of(1942, 4, 4)), RegistryTestData.COMMUNITY);
    String phone =
        "137"
            + String.format(Locale.ROOT, "%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    long account =
        jdbc.sql(
                "insert into portal.citizen_account (person_id, phone_enc, phone_idx,"
                    + " password_hash) values (?, ?, ?, 'x') returning id")
            .params(elder, cipher.encrypt(phone), cipher.blindIndex(phone))
            .query(Long.class)
            .single();
    var me = CitizenAuthentication.of(new Citizen(account, elder));

    mvc.perform(
            post("/portal/elderly/verification/code")
                .param("personId", "" + elder)
                .with(authentication(me))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    Matchers.containsString(
                        "验证码已发送至您账号绑定的手机 <span>"
                            + phone.substring(0, 3)
                            + "****"
                            + phone.substring(7))))
        .andExpect(content().string(Matchers.not(Matchers.containsString(phone))));
    mvc.perform(
            post("/portal/elderly/verification/confirm")
                .param("personId", "" + elder)
                .param("code", "000000".equals(code(phone)) ? "111111" : "000000")
                .with(authentication(me))
                .with(csrf()))
        .andExpect(status().is(422));
    assertThat(checksOf(elder)).isZero();
    mvc.perform(
            post("/portal/elderly/verification/confirm")
                .param("personId", "" + elder)
                .param("code", code(phone))
                .with(authentication(me))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("认证成功")));
    assertThat(checksOf(elder)).isEqualTo(1);
  }

  @Test
  void aCitizenCannotVerifySomeoneOutsideTheirHousehold() throws Exception {
    long stranger = create(idNumberBornOn(LocalDate.of(1943, 5, 5)), RegistryTestData.COMMUNITY);
    long me = create(idNumberBornOn(LocalDate.of(1944, 6, 6)), RegistryTestData.COMMUNITY);
    mvc.perform(
            post("/portal/elderly/verification/code")
                .param("personId", "" + stranger)
                .with(authentication(CitizenAuthentication.of(new Citizen(999_999L, me))))
                .with(csrf()))
        .andExpect(status().isNotFound());
  }

  private String code(String phone) {
    return codes.latestCodeFor(phone).orElseThrow();
  }

  private long create(String idNumber, String residence) {
    return registry.person(idNumber, "认证测试", residence).id();
  }

  private long checksOf(long person) {
    return jdbc.sql("select count(*) from elderly.existence_verification where person_id = ?")
        .param(person)
        .query(Long.class)
        .single();
  }
}
