package cn.minzheng.payments.web;

import static cn.minzheng.payments.PaymentsTestData.CITY;
import static cn.minzheng.payments.PaymentsTestData.JINJIANG;
import static cn.minzheng.payments.PaymentsTestData.JINJIANG_COMMUNITY;
import static cn.minzheng.payments.PaymentsTestData.QINGYANG;
import static cn.minzheng.payments.PaymentsTestData.QINGYANG_COMMUNITY;
import static cn.minzheng.payments.PaymentsTestData.dibao;
import static cn.minzheng.payments.PaymentsTestData.staff;
import static cn.minzheng.payments.PaymentsTestData.uniqueMonth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.payments.EntitlementBatch;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.PayeeAccounts;
import cn.minzheng.payments.PaymentsTestData;
import cn.minzheng.payments.Programme;
import cn.minzheng.payments.domain.RosterDrafting;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Pages and API of rosters: a district approver of 青羊区 gets 404 for a 锦江区 roster by page, by id, by
 * export and by API; Idempotency-Key replays; maker = checker refused with a problem.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RosterWebTest {

  @Autowired MockMvc mvc;
  @Autowired Entitlements entitlements;
  @Autowired PayeeAccounts accounts;
  @Autowired RosterDrafting drafting;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;

  private final StaffUser maker = staff(CITY, Role.CITY_ADMIN);
  private final StaffUser jinjiangApprover = staff(JINJIANG, Role.DISTRICT_APPROVER);
  private final StaffUser qingyangApprover = staff(QINGYANG, Role.DISTRICT_APPROVER);
  private YearMonth month;
  private long jinjiangRoster;
  private long qingyangRoster;

  @BeforeEach
  void draftMonth() {
    month = uniqueMonth();
    long a = registry.person("网页甲", JINJIANG_COMMUNITY).id();
    long q = registry.person("网页丙", QINGYANG_COMMUNITY).id();
    PaymentsTestData.as(maker, () -> accounts.register(a, "网页甲", "成都农商银行", "6222021234567890128"));
    PaymentsTestData.as(maker, () -> accounts.register(q, "网页丙", "成都银行", "6230581111222233339"));
    try (EntitlementBatch batch = entitlements.open(Programme.DIBAO, month)) {
      batch.add(dibao(a, "910.00", JINJIANG_COMMUNITY));
      batch.add(dibao(q, "860.00", QINGYANG_COMMUNITY));
      batch.replaceMonth();
    }
    PaymentsTestData.as(maker, () -> drafting.draft(Programme.DIBAO, month, maker));
    jinjiangRoster = rosterOf(JINJIANG);
    qingyangRoster = rosterOf(QINGYANG);
  }

  @Test
  void qingyangApproverGets404ForJinjiangRosterByPageIdExportAndApi() throws Exception {
    RequestPostProcessor qingyang = as(qingyangApprover);
    mvc.perform(get("/payments/rosters/" + jinjiangRoster).with(qingyang))
        .andExpect(status().isNotFound());
    mvc.perform(get("/payments/rosters/" + jinjiangRoster + "/export").with(qingyang))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/payments/rosters/" + jinjiangRoster).with(qingyang))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/v1/payments/rosters/" + jinjiangRoster + "/lines").with(qingyang))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/payments/rosters/" + jinjiangRoster + "/export").with(qingyang))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/payments/rosters/" + jinjiangRoster + "/approve")
                .header("Idempotency-Key", "scope-" + jinjiangRoster)
                .with(qingyang)
                .with(csrf()))
        .andExpect(status().isNotFound());
    String list =
        mvc.perform(get("/payments/rosters").param("month", month.toString()).with(qingyang))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list).contains("/payments/rosters/" + qingyangRoster);
    assertThat(list).doesNotContain("/payments/rosters/" + jinjiangRoster + "\"");
    // control: their own district's roster is there, with the account masked
    String own =
        mvc.perform(get("/payments/rosters/" + qingyangRoster).with(qingyang))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(own).contains("6230***********3339").doesNotContain("6230581111222233339");
    assertThat(stateOf(jinjiangRoster)).isEqualTo("DRAFT");
  }

  @Test
  void approveWithSameIdempotencyKeyAnswersTheSameAndApprovesOnce() throws Exception {
    String key = "approve-" + jinjiangRoster;
    String first =
        mvc.perform(approveApi(jinjiangRoster, key, jinjiangApprover))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.state").value("APPROVED"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String second =
        mvc.perform(approveApi(jinjiangRoster, key, jinjiangApprover))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(second).isEqualTo(first);
    long approvals =
        jdbc.sql(
                "select count(*) from platform.audit_log where action = 'payments.roster.approve'"
                    + " and outcome = 'SUCCESS' and target_id = ?")
            .param(String.valueOf(jinjiangRoster))
            .query(Long.class)
            .single();
    assertThat(approvals).isEqualTo(1);
    // without the key the POST is refused
    mvc.perform(
            post("/api/v1/payments/rosters/" + qingyangRoster + "/approve")
                .with(as(qingyangApprover))
                .with(csrf()))
        .andExpect(status().isBadRequest());
  }

  @Test
  void makerApprovingOwnRosterThroughApiGetsConflictProblem() throws Exception {
    YearMonth own = uniqueMonth();
    long p = registry.person("自审", QINGYANG_COMMUNITY).id();
    try (EntitlementBatch batch = entitlements.open(Programme.TEKUN, own)) {
      batch.add(dibao(p, "1183.00", QINGYANG_COMMUNITY));
      batch.replaceMonth();
    }
    mvc.perform(
            post("/api/v1/payments/rosters")
                .header("Idempotency-Key", "draft-" + own)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"programme\":\"TEKUN\",\"month\":\"" + own + "\"}")
                .with(as(qingyangApprover))
                .with(csrf()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.drafts").value(1));
    long roster =
        jdbc.sql("select id from payments.roster where programme = 'TEKUN' and month = ?")
            .param(own.atDay(1))
            .query(Long.class)
            .single();
    mvc.perform(approveApi(roster, "self-" + roster, qingyangApprover))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("maker-is-checker"));
    assertThat(stateOf(roster)).isEqualTo("DRAFT");
  }

  @Test
  void aDraftWithoutProgrammeAndWithAMalformedMonthNamesBothFieldsAndDraftsNothing()
      throws Exception {
    long before = jdbc.sql("select count(*) from payments.roster").query(Long.class).single();
    mvc.perform(
            post("/api/v1/payments/rosters")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"month\":\"2026-13\"}")
                .with(as(qingyangApprover))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field == 'programme')].message").value("发放项目不能为空"))
        .andExpect(jsonPath("$.errors[?(@.field == 'month')].message").value("发放月份格式应为 yyyy-MM"));
    assertThat(jdbc.sql("select count(*) from payments.roster").query(Long.class).single())
        .isEqualTo(before);
    mvc.perform(
            post("/api/v1/payments/rosters")
                .header("Idempotency-Key", "draft-year-one")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"programme\":\"TEKUN\",\"month\":\"0001-01\"}")
                .with(as(qingyangApprover))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("month"))
        .andExpect(jsonPath("$.detail").value("发放月份：月份超出合理范围（1900-01 至 2100-12）"));
    assertThat(jdbc.sql("select count(*) from payments.roster").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void exportByPageGivesFullAccountsAndSameReturnFileTwiceChangesNothing() throws Exception {
    mvc.perform(approveApi(jinjiangRoster, "exp-" + jinjiangRoster, jinjiangApprover))
        .andExpect(status().isOk());
    mvc.perform(
            get("/payments/rosters/" + jinjiangRoster + "/export")
                .with(as(staff(JINJIANG_COMMUNITY, Role.COMMUNITY_WORKER))))
        .andExpect(status().isForbidden());
    String csv =
        mvc.perform(
                get("/payments/rosters/" + jinjiangRoster + "/export").with(as(jinjiangApprover)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv).contains("6222021234567890128").contains("910.00");
    assertThat(stateOf(jinjiangRoster)).isEqualTo("SENT");

    long line =
        jdbc.sql("select id from payments.roster_line where roster_id = ?")
            .param(jinjiangRoster)
            .query(Long.class)
            .single();
    MockMultipartFile file =
        new MockMultipartFile(
            "file",
            "return.csv",
            "text/csv",
            ("流水号,金额,结果,原因\n" + line + ",910.00,成功,\n").getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              multipart("/payments/rosters/" + jinjiangRoster + "/returns")
                  .file(file)
                  .with(as(jinjiangApprover))
                  .with(csrf()))
          .andExpect(status().is3xxRedirection());
    }
    assertThat(stateOf(jinjiangRoster)).isEqualTo("RECONCILED");
    long files =
        jdbc.sql("select count(*) from payments.return_file where roster_id = ?")
            .param(jinjiangRoster)
            .query(Long.class)
            .single();
    assertThat(files).isEqualTo(1);
    String page =
        mvc.perform(get("/payments/rosters/" + jinjiangRoster).with(as(jinjiangApprover)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("data-testid=\"reconciliation\"").contains("已对账");
  }

  private org.springframework.test.web.servlet.RequestBuilder approveApi(
      long roster, String key, StaffUser user) {
    return post("/api/v1/payments/rosters/" + roster + "/approve")
        .header("Idempotency-Key", key)
        .with(as(user))
        .with(csrf());
  }

  private static RequestPostProcessor as(StaffUser user) {
    return authentication(StaffAuthentication.of(user));
  }

  private long rosterOf(String district) {
    return jdbc.sql(
            "select id from payments.roster where programme = 'DIBAO' and month = ?"
                + " and district_code = ?")
        .params(month.atDay(1), district)
        .query(Long.class)
        .single();
  }

  private String stateOf(long roster) {
    return jdbc.sql("select state from payments.roster where id = ?")
        .param(roster)
        .query(String.class)
        .single();
  }
}
