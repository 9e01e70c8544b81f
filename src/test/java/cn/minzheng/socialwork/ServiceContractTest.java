package cn.minzheng.socialwork;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.socialwork.contracts.Grade;
import cn.minzheng.socialwork.contracts.ServiceContracts.Contract;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Purchase of services: grade bands at their edges, progress against the target and the period, the
 * budget as a ceiling on reported spending, the final evaluation only after the period, and a
 * contract of another street not found.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ServiceContractTest {

  static final StaffAuthentication STREET_WORKER =
      auth(RegistryTestData.STREET, Role.STREET_CASEWORKER);
  static final StaffAuthentication OTHER_STREET_WORKER =
      auth("510104002000", Role.STREET_CASEWORKER);
  static final StaffAuthentication AUDITOR = auth("510100000000", Role.AUDITOR);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void gradesAtTheirEdges() {
    assertThat(Grade.of(100)).isEqualTo(Grade.EXCELLENT);
    assertThat(Grade.of(90)).isEqualTo(Grade.EXCELLENT);
    assertThat(Grade.of(89)).isEqualTo(Grade.GOOD);
    assertThat(Grade.of(80)).isEqualTo(Grade.GOOD);
    assertThat(Grade.of(79)).isEqualTo(Grade.PASS);
    assertThat(Grade.of(60)).isEqualTo(Grade.PASS);
    assertThat(Grade.of(59)).isEqualTo(Grade.FAIL);
    assertThat(Grade.of(0)).isEqualTo(Grade.FAIL);
  }

  @Test
  void behindScheduleWhenLessOfTheTargetIsDoneThanOfThePeriodHasPassed() {
    // 2025-01-01..2025-12-31 (364 days), target 100, 40 achieved
    Contract c = contract(40);
    assertThat(c.achievedPercent()).isEqualTo(40);
    assertThat(c.elapsedPercent(LocalDate.of(2024, 12, 1))).isZero();
    assertThat(c.elapsedPercent(LocalDate.of(2025, 12, 31))).isEqualTo(100);
    // 2025-05-27 is day 146 of 364: 40 %, not behind; the day after is 40.1 % -> still 40 (floor)
    assertThat(c.elapsedPercent(LocalDate.of(2025, 5, 27))).isEqualTo(40);
    assertThat(c.behindOn(LocalDate.of(2025, 5, 27))).isFalse();
    // 2025-05-31 is day 150: 41 %, behind
    assertThat(c.elapsedPercent(LocalDate.of(2025, 5, 31))).isEqualTo(41);
    assertThat(c.behindOn(LocalDate.of(2025, 5, 31))).isTrue();
  }

  @Test
  void progressIsCappedByTheBudgetAndTheEvaluationWaitsForTheEndOfThePeriod() throws Exception {
    LocalDate today = ChinaTime.today();
    long running = create(today.minusMonths(1), today.plusMonths(5));
    mvc.perform(progress(running, "10", "60000.00")).andExpect(status().is3xxRedirection());
    mvc.perform(progress(running, "5", "40000.01"))
        .andExpect(content().string(Matchers.containsString("累计支出不能超过预算 100000.00 元")));
    mvc.perform(progress(running, "5", "40000.00")).andExpect(status().is3xxRedirection());
    mvc.perform(evaluate(running, "95"))
        .andExpect(content().string(Matchers.containsString("后才能进行结项评估")));
    assertThat(score(running)).isNull();

    long ended = create(today.minusYears(1), today);
    mvc.perform(evaluate(ended, "89")).andExpect(status().is3xxRedirection());
    assertThat(score(ended)).isEqualTo(89);
    mvc.perform(get("/socialwork/contracts/" + ended).with(authentication(AUDITOR)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("89 分，良好")));
    mvc.perform(evaluate(ended, "95"))
        .andExpect(content().string(Matchers.containsString("项目已评估")));
    assertThat(score(ended)).isEqualTo(89);
  }

  @Test
  void aContractOfAnotherStreetIsNotFound() throws Exception {
    long id = create(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    mvc.perform(get("/socialwork/contracts/" + id).with(authentication(OTHER_STREET_WORKER)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/socialwork/contracts/" + id).with(authentication(OTHER_STREET_WORKER)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/socialwork/contracts/" + id + "/progress")
                .param("achieved", "1")
                .param("spent", "1")
                .with(authentication(OTHER_STREET_WORKER))
                .with(csrf()))
        .andExpect(status().isNotFound());
  }

  private static Contract contract(long achieved) {
    return new Contract(
        1,
        "510104001000",
        "x",
        null,
        "t",
        new BigDecimal("100000.00"),
        LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 12, 31),
        "服务人次",
        100,
        achieved,
        BigDecimal.ZERO,
        null,
        null,
        null,
        null);
  }

  private long create(LocalDate from, LocalDate to) throws Exception {
    String location =
        mvc.perform(
                post("/socialwork/contracts")
                    .param("buyerRegionCode", RegistryTestData.STREET)
                    .param("agencyCreditCode", SocialWorkTestData.creditCode())
                    .param("title", "困难群众关爱服务项目")
                    .param("budget", "100000.00")
                    .param("startsOn", from.toString())
                    .param("endsOn", to.toString())
                    .param("target", "服务人次")
                    .param("targetCount", "100")
                    .with(authentication(STREET_WORKER))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder progress(
      long id, String achieved, String spent) {
    return post("/socialwork/contracts/" + id + "/progress")
        .param("achieved", achieved)
        .param("spent", spent)
        .with(authentication(STREET_WORKER))
        .with(csrf());
  }

  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder evaluate(
      long id, String score) {
    return post("/socialwork/contracts/" + id + "/evaluation")
        .param("score", score)
        .param("evaluation", "按期完成")
        .with(authentication(STREET_WORKER))
        .with(csrf());
  }

  private Integer score(long id) {
    return jdbc.sql("select score from socialwork.contract where id = ?")
        .param(id)
        .query((rs, n) -> (Integer) rs.getObject(1))
        .list()
        .get(0);
  }
}
