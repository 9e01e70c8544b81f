package cn.minzheng.organisations;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.organisations.credit.CreditLists;
import cn.minzheng.organisations.credit.ListTrigger;
import cn.minzheng.organisations.credit.ZombieCandidates;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The lists of the module render with labels (not codes) for the roles that may see them; the
 * listing's verification answers the removal day; the statistics export is an Excel file; the
 * credit export is the day's JSON Lines file.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationListPagesTest {

  static final StaffAuthentication APPROVER =
      auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER);
  static final StaffAuthentication CITY = auth(RegistryTestData.CITY, Role.CITY_ADMIN);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired OrganisationTestData data;
  @Autowired CreditLists lists;
  @Autowired ZombieCandidates zombies;

  @Test
  void theStaffListsRenderWithLabels() throws Exception {
    long id = data.socialGroup("列表页测试协会", RegistryTestData.COMMUNITY, LocalDate.of(2019, 1, 1));
    lists.list(id, ListTrigger.SMALL_FINE, "警告决定1", ChinaTime.today(), "u");
    zombies.detect(ChinaTime.today());

    mvc.perform(get("/organisations").param("q", "列表页测试").with(authentication(APPROVER)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("社会团体")))
        .andExpect(content().string(Matchers.not(Matchers.containsString(">SOCIAL_GROUP<"))));
    mvc.perform(get("/organisations/credit").with(authentication(APPROVER)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("受到警告或者不满5万元罚款处罚")));
    mvc.perform(get("/organisations/zombies").with(authentication(APPROVER)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("列表页测试协会")));
    mvc.perform(get("/organisations/reports").with(authentication(APPROVER)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("列表页测试协会")));
    mvc.perform(
            get("/organisations/applications")
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isOk());
    mvc.perform(
            get("/organisations/statistics")
                .with(authentication(auth(RegistryTestData.CITY, Role.AUDITOR))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("社会团体")));
    mvc.perform(get("/organisations/statistics/export").with(authentication(APPROVER)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", Matchers.containsString("spreadsheetml")));
    mvc.perform(get("/organisations/" + id).with(authentication(APPROVER)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("成民社组异")));
  }

  @Test
  void verifyingARectificationSaysTheRemovalDayAndTheCityDownloadsTheDaysFile() throws Exception {
    long id = data.socialGroup("查实页测试协会", RegistryTestData.COMMUNITY, LocalDate.of(2019, 1, 1));
    long listing = lists.list(id, ListTrigger.UNREACHABLE, "核查1", LocalDate.of(2026, 9, 1), "u");
    mvc.perform(
            post("/organisations/credit/" + listing + "/verify")
                .param("verifiedOn", "2026-09-30")
                .with(authentication(APPROVER))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("message", Matchers.containsString("2026-10-13")));

    var body =
        mvc.perform(
                get("/organisations/credit/export")
                    .param("day", "2026-09-01")
                    .with(authentication(CITY)))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        Matchers.containsString("organisations-credit-20260901.jsonl")))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(body).contains("查实页测试协会").contains("\"action\":\"LIST\"");
    mvc.perform(
            get("/organisations/credit/export")
                .param("day", "2026-09-01")
                .with(authentication(APPROVER)))
        .andExpect(status().isForbidden());
  }

  @Test
  void theCityChangesADeadlineAndASupervisingDayAfterTheAuthoritysIsRefused() throws Exception {
    mvc.perform(
            post("/organisations/reports/deadlines")
                .param("kind", "FOUNDATION")
                .param("supervising", "06-30")
                .param("authority", "05-31")
                .with(authentication(CITY))
                .with(csrf()))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("error", Matchers.containsString("不能晚于")));
    mvc.perform(
            post("/organisations/reports/deadlines")
                .param("kind", "FOUNDATION")
                .param("supervising", "03-31")
                .param("authority", "06-30")
                .with(authentication(CITY))
                .with(csrf()))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("message", Matchers.containsString("基金会")));
    assertThat(
            jdbc.sql(
                    "select authority_month * 100 + authority_day from organisations.report_deadline where kind = 'FOUNDATION'")
                .query(Integer.class)
                .single())
        .isEqualTo(630);
    jdbc.sql(
            "update organisations.report_deadline set authority_month = 5, authority_day = 31 where kind = 'FOUNDATION'")
        .update();
  }
}
