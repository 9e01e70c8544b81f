package cn.minzheng.elderly;

import static cn.minzheng.elderly.ElderlyTestData.idNumberBornOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.minzheng.elderly.allowance.AllowanceSettings;
import cn.minzheng.elderly.allowance.ExistenceChecks;
import cn.minzheng.elderly.allowance.ExistenceChecks.Verifier;
import cn.minzheng.elderly.allowance.PortalExistenceCheck;
import cn.minzheng.elderly.allowance.VerificationMethod;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 生存认证 by face through the portal's {@code FaceVerification} (here its development stand-in, whose
 * simulation page decides): a pass records the check once and shows until when it is valid, a
 * failure records nothing, and only the account that started a verification can use it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FaceExistenceCheckTest {

  /** §6.2: a check every 6 months, due within the month it falls in. */
  static final int INTERVAL_MONTHS = 6;

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;
  @Autowired FieldCipher cipher;
  @Autowired AllowanceSettings settings;
  @Autowired ExistenceChecks checks;
  @Autowired PortalExistenceCheck portal;

  private CitizenAuthentication accountOf(long person) {
    String phone =
        "135"
            + String.format(Locale.ROOT, "%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    long account =
        jdbc.sql(
                "insert into portal.citizen_account (person_id, phone_enc, phone_idx,"
                    + " password_hash) values (?, ?, ?, 'x') returning id")
            .params(person, cipher.encrypt(phone), cipher.blindIndex(phone))
            .query(Long.class)
            .single();
    return CitizenAuthentication.of(new Citizen(account, person));
  }

  private long elder(int year, int month, int day) {
    return registry
        .person(idNumberBornOn(LocalDate.of(year, month, day)), "人脸老人", RegistryTestData.COMMUNITY)
        .id();
  }

  /** Starts the face step as {@code me}; answers the stand-in's simulation page path. */
  private String start(CitizenAuthentication me, long person) throws Exception {
    MockHttpServletResponse started =
        mvc.perform(
                post("/portal/elderly/verification/face")
                    .param("personId", "" + person)
                    .with(authentication(me))
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(started.getRedirectedUrl()).startsWith("/portal/dev/face/");
    return started.getRedirectedUrl();
  }

  /** The tester's choice on the simulation page; answers the return address. */
  private String decide(CitizenAuthentication me, String capture, String outcome) throws Exception {
    return mvc.perform(
            post(capture).param("outcome", outcome).with(authentication(me)).with(csrf()))
        .andReturn()
        .getResponse()
        .getRedirectedUrl();
  }

  private MockHttpServletResponse back(CitizenAuthentication me, String returned) throws Exception {
    return mvc.perform(get(returned).with(authentication(me))).andReturn().getResponse();
  }

  private List<String> checksOf(long person) {
    return jdbc.sql(
            "select method || ' ' || note from elderly.existence_verification where person_id = ?")
        .param(person)
        .query(String.class)
        .list();
  }

  @Test
  void aPassedFaceVerificationRecordsTheCheckOnceAndShowsUntilWhenItIsValid() throws Exception {
    long person = elder(1939, 3, 3);
    CitizenAuthentication me = accountOf(person);

    String capture = start(me, person);
    String simulation =
        mvc.perform(get(capture).with(authentication(me)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String returned = decide(me, capture, "PASS");
    MockHttpServletResponse done = back(me, returned);
    MockHttpServletResponse again = back(me, returned);

    assertThat(simulation).contains("开发环境模拟：这不是真实的人脸识别");
    assertThat(returned)
        .startsWith("/portal/elderly/verification/face/result?verification=")
        .endsWith(capture.substring("/portal/dev/face/".length()));
    LocalDate today = ChinaTime.today();
    LocalDate validUntil = YearMonth.from(today.plusMonths(INTERVAL_MONTHS)).atEndOfMonth();
    assertThat(settings.verificationIntervalMonths()).isEqualTo(INTERVAL_MONTHS);
    assertThat(done.getStatus()).isEqualTo(200);
    assertThat(done.getContentAsString())
        .contains("认证成功")
        .contains("认证有效期至 " + validUntil)
        .contains("开发环境：人脸识别为模拟替身");
    assertThat(again.getStatus()).isEqualTo(200);
    assertThat(checksOf(person)).containsExactly("SELF 本人人脸识别认证（开发环境模拟）");
  }

  @Test
  void aFailedFaceVerificationRecordsNothing() throws Exception {
    long person = elder(1938, 4, 4);
    CitizenAuthentication me = accountOf(person);

    MockHttpServletResponse failed = back(me, decide(me, start(me, person), "FAIL"));

    assertThat(failed.getStatus()).isEqualTo(422);
    assertThat(failed.getContentAsString()).contains("认证未通过").contains("短信验证码认证");
    assertThat(checksOf(person)).isEmpty();
    assertThat(
            jdbc.sql("select outcome from elderly.face_verification where person_id = ?")
                .param(person)
                .query(String.class)
                .single())
        .isEqualTo("FAILED");
  }

  @Test
  void onlyTheAccountThatStartedAVerificationCanUseIt() throws Exception {
    long person = elder(1937, 5, 5);
    long stranger = elder(1936, 6, 6);
    CitizenAuthentication me = accountOf(person);
    CitizenAuthentication other = accountOf(stranger);

    String returned = decide(me, start(me, person), "PASS");
    MockHttpServletResponse stolen = back(other, returned);

    assertThat(stolen.getStatus()).isEqualTo(404);
    assertThat(checksOf(person)).isEmpty();
    assertThat(checksOf(stranger)).isEmpty();
  }

  @Test
  void aVerificationStillPendingRecordsNothingYet() throws Exception {
    long person = elder(1935, 7, 7);
    CitizenAuthentication me = accountOf(person);
    String capture = start(me, person);
    String id = capture.substring("/portal/dev/face/".length());

    MockHttpServletResponse pending =
        back(me, "/portal/elderly/verification/face/result?verification=" + id);

    assertThat(pending.getContentAsString()).contains("认证结果尚未返回");
    assertThat(checksOf(person)).isEmpty();
  }

  @Test
  void theCheckIsValidUntilTheLastDayOfTheMonthItFallsDueIn() {
    long endOfAugust = elder(1934, 8, 8);
    long firstOfDecember = elder(1933, 9, 9);
    long lastOfDecember = elder(1932, 10, 10);
    record(endOfAugust, LocalDate.of(2026, 8, 31));
    record(firstOfDecember, LocalDate.of(2026, 12, 1));
    record(lastOfDecember, LocalDate.of(2026, 12, 31));

    assertThat(portal.validUntil(endOfAugust)).contains(LocalDate.of(2027, 2, 28));
    assertThat(portal.validUntil(firstOfDecember)).contains(LocalDate.of(2027, 6, 30));
    assertThat(portal.validUntil(lastOfDecember)).contains(LocalDate.of(2027, 6, 30));
    assertThat(portal.validUntil(elder(1931, 11, 11))).isEmpty();
  }

  private void record(long person, LocalDate on) {
    checks.record(person, on, VerificationMethod.VISIT, new Verifier(null, "face-test"), "走访");
  }
}
