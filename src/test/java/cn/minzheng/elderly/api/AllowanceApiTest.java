package cn.minzheng.elderly.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.minzheng.elderly.ElderlyTestData;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.testing.ApiContract;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 高龄津贴 over the API: one recipient's status (the due month six months after the latest check,
 * overdue from the month after, the suspended months), audited; the community worker's visit as a
 * check, which repays the suspended months in the month after the check; 404 outside the region.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AllowanceApiTest {

  static final StaffUser STREET_WORKER =
      new StaffUser(
          -9301,
          "api_allowance_street",
          "接口测试",
          RegistryTestData.STREET,
          Set.of(Role.STREET_CASEWORKER));
  static final StaffUser OTHER_DISTRICT =
      new StaffUser(
          -9302, "api_allowance_other", "外区测试", "510105000000", Set.of(Role.DISTRICT_APPROVER));

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;

  @Test
  void aRecipientsStatusShowsTheDueMonthTheSuspendedMonthsAndThePaymentsAndTheReadIsAudited()
      throws Exception {
    YearMonth now = YearMonth.from(ChinaTime.today());
    // first month seven months ago and no check since: due six months on, i.e. last month
    YearMonth first = now.minusMonths(7);
    long elder = recipient(first);
    suspend(elder, now.minusMonths(1), "200.00");
    paid(elder, now.minusMonths(3), "200.00");
    paid(elder, now.minusMonths(2), "200.00");

    MvcResult read = perform(get("/api/v1/elderly/allowance/recipients/" + elder), STREET_WORKER);
    assertThat(read.getResponse().getStatus()).isEqualTo(200);
    String body = read.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat((String) JsonPath.read(body, "$.status.dueMonth"))
        .isEqualTo(first.plusMonths(6).atDay(1).toString());
    assertThat((Boolean) JsonPath.read(body, "$.status.overdue")).isTrue();
    assertThat((Integer) JsonPath.read(body, "$.status.suspendedMonths")).isEqualTo(1);
    assertThat((List<String>) JsonPath.read(body, "$.recentPayments[*].month"))
        .containsExactly(
            now.minusMonths(2).atDay(1).toString(), now.minusMonths(3).atDay(1).toString());
    assertThat(audited("elderly.allowance.read", elder)).isEqualTo(1);
  }

  @Test
  void theDueMonthIsSixMonthsAfterTheLatestCheckAndNotOverdueUntilThen() throws Exception {
    YearMonth now = YearMonth.from(ChinaTime.today());
    // checked on the last day six months ago: due this month, and a due month is overdue only
    // from the month after
    long fresh = recipient(now.minusMonths(12));
    jdbc.sql(
            "insert into elderly.existence_verification (person_id, verified_on, method, by_staff,"
                + " region_code) values (?, ?, 'VISIT', 't', ?)")
        .params(fresh, now.minusMonths(6).atEndOfMonth(), RegistryTestData.COMMUNITY)
        .update();
    String body =
        perform(get("/api/v1/elderly/allowance/recipients/" + fresh), STREET_WORKER)
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat((String) JsonPath.read(body, "$.status.dueMonth"))
        .isEqualTo(now.atDay(1).toString());
    assertThat((Boolean) JsonPath.read(body, "$.status.overdue")).isFalse();
  }

  @Test
  void aVisitIsACheckThatRepaysTheSuspendedMonthsInTheMonthAfterTheCheck() throws Exception {
    YearMonth now = YearMonth.from(ChinaTime.today());
    long elder = recipient(now.minusMonths(8));
    suspend(elder, now.minusMonths(2), "300.00");
    suspend(elder, now.minusMonths(1), "300.00");

    MvcResult recorded =
        perform(
            post("/api/v1/elderly/allowance/checks")
                .contentType("application/json")
                .content("{\"personId\":" + elder + ",\"note\":\"上门见到本人\"}"),
            STREET_WORKER);
    assertThat(recorded.getResponse().getStatus()).isEqualTo(201);
    String body = recorded.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat((List<String>) JsonPath.read(body, "$.arrears[*].paidIn"))
        .containsOnly(now.plusMonths(1).toString());
    assertThat((List<String>) JsonPath.read(body, "$.arrears[*].month"))
        .containsExactly(now.minusMonths(2).toString(), now.minusMonths(1).toString());

    String status =
        perform(get("/api/v1/elderly/allowance/recipients/" + elder), STREET_WORKER)
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat((Integer) JsonPath.read(status, "$.status.suspendedMonths")).isZero();
    assertThat((String) JsonPath.read(status, "$.status.lastMethod")).isEqualTo("社区工作人员走访");
  }

  @Test
  void aVisitWithoutNoteOrPersonNamesTheFieldAndWritesNothing() throws Exception {
    long elder = recipient(YearMonth.from(ChinaTime.today()).minusMonths(8));
    MvcResult noNote =
        perform(
            post("/api/v1/elderly/allowance/checks")
                .contentType("application/json")
                .content("{\"personId\":" + elder + ",\"note\":\"  \"}"),
            STREET_WORKER);
    assertThat(noNote.getResponse().getStatus()).isEqualTo(400);
    assertThat(noNote.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("\"field\":\"note\"");
    MvcResult noPerson =
        perform(
            post("/api/v1/elderly/allowance/checks")
                .contentType("application/json")
                .content("{\"note\":\"x\"}"),
            STREET_WORKER);
    assertThat(noPerson.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("\"field\":\"personId\"");
    assertThat(
            jdbc.sql("select count(*) from elderly.existence_verification where person_id = ?")
                .param(elder)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aRecipientOfAnotherRegionIsNotFoundForReadAndVisit() throws Exception {
    long elder = recipient(YearMonth.from(ChinaTime.today()).minusMonths(2));
    assertThat(
            perform(get("/api/v1/elderly/allowance/recipients/" + elder), OTHER_DISTRICT)
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            perform(
                    post("/api/v1/elderly/allowance/checks")
                        .contentType("application/json")
                        .content("{\"personId\":" + elder + ",\"note\":\"越权\"}"),
                    OTHER_DISTRICT)
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(audited("elderly.allowance.read", elder)).isZero();
    // someone in scope who receives no allowance is no recipient
    long young =
        registry
            .person(
                ElderlyTestData.idNumberBornOn(LocalDate.of(1990, 1, 1)),
                "非领取人",
                RegistryTestData.COMMUNITY)
            .id();
    assertThat(
            perform(get("/api/v1/elderly/allowance/recipients/" + young), STREET_WORKER)
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  private MvcResult perform(MockHttpServletRequestBuilder request, StaffUser user)
      throws Exception {
    MvcResult result =
        mvc.perform(request.with(authentication(StaffAuthentication.of(user))).with(csrf()))
            .andReturn();
    ApiContract.assertConforms(mvc, result);
    return result;
  }

  private long recipient(YearMonth firstMonth) {
    long id =
        registry
            .person(
                ElderlyTestData.idNumberBornOn(LocalDate.of(1940, 6, 6)),
                "津贴接口",
                RegistryTestData.COMMUNITY)
            .id();
    jdbc.sql(
            "insert into elderly.allowance_recipient (person_id, first_month, region_code)"
                + " values (?, ?, ?)")
        .params(id, firstMonth.atDay(1), RegistryTestData.COMMUNITY)
        .update();
    return id;
  }

  private void suspend(long person, YearMonth month, String amount) {
    jdbc.sql(
            "insert into elderly.allowance_suspension (person_id, month, amount, band_label,"
                + " region_code) values (?, ?, ?, '80-89周岁', ?)")
        .params(
            person, month.atDay(1), new java.math.BigDecimal(amount), RegistryTestData.COMMUNITY)
        .update();
  }

  private void paid(long person, YearMonth month, String amount) {
    jdbc.sql(
            "insert into elderly.allowance_payment (person_id, month, amount, band_label,"
                + " region_code) values (?, ?, ?, '80-89周岁', ?)")
        .params(
            person, month.atDay(1), new java.math.BigDecimal(amount), RegistryTestData.COMMUNITY)
        .update();
  }

  private long audited(String action, long person) {
    return jdbc.sql("select count(*) from platform.audit_log where action = ? and target_id = ?")
        .params(action, String.valueOf(person))
        .query(Long.class)
        .single();
  }
}
