package cn.minzheng.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.assistance.AssistanceFixtures;
import cn.minzheng.assistance.AssistanceFixtures.Household;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseDecisions;
import cn.minzheng.assistance.cases.CaseStore;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.TownshipReview;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.shared.ChinaTime;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 好差评: a decided application is offered for rating (with an invitation in the inbox), rated once
 * with 1–5 stars and a comment, never by someone else; a rating given where the service was
 * confirmed arrives rated; the staff see the ratings of their region's offices only, on the page,
 * in Excel and in the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ServiceRatingTest {

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired CaseApplications applications;
  @Autowired CaseWorkflow workflow;
  @Autowired TownshipReview review;
  @Autowired CaseDecisions decisions;
  @Autowired CaseStore store;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;

  AssistanceFixtures fx;

  @BeforeEach
  void fixtures() {
    fx = new AssistanceFixtures(registry, applications, workflow, review);
  }

  @Test
  void aDecidedApplicationIsRatedOnceByTheApplicantOnly() throws Exception {
    Household h = fx.household(1);
    long person = h.personIds().get(0);
    LocalDate today = ChinaTime.today();
    long caseId = fx.file(fx.dibao(h, Category.BOTTOM), AssistanceFixtures.caseworker(), today);
    StaffUser approver = AssistanceFixtures.approver();
    AssistanceFixtures.run(approver, () -> decisions.refuse(caseId, "家庭人均收入高于标准", approver, today));
    String caseNo = store.find(caseId).orElseThrow().caseNo();

    long id = offered("assistance.case", Long.toString(caseId), person);
    assertThat(
            jdbc.sql(
                    "select count(*) from portal.citizen_message where person_id = ?"
                        + " and subject = '请评价：社会救助审批'")
                .param(person)
                .query(Long.class)
                .single())
        .isOne();
    RequestPostProcessor me = citizen(person);
    mvc.perform(get("/portal/ratings").with(me))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("低保申请（" + caseNo + "）")))
        .andExpect(content().string(containsString("rate-" + id)));

    for (String wrong : new String[] {"0", "6", "", "五"}) {
      mvc.perform(rate(id, wrong, "").with(me))
          .andExpect(status().isUnprocessableEntity())
          .andExpect(content().string(containsString("评分：请选择1至5星")));
    }
    mvc.perform(rate(id, "2", "慢".repeat(501)).with(me))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("评价内容：最多500字")));
    // someone else's service is not found
    mvc.perform(rate(id, "5", "").with(citizen(person + 999_999_000L)))
        .andExpect(status().isNotFound());

    mvc.perform(rate(id, "1", "慢".repeat(500)).with(me))
        .andExpect(redirectedUrl("/portal/ratings"));
    mvc.perform(rate(id, "5", "改主意了").with(me))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("您已评价过该服务")));
    assertThat(stars(id)).isEqualTo(1);
    mvc.perform(get("/portal/ratings").with(me))
        .andExpect(content().string(containsString("已评价 1 星")))
        .andExpect(content().string(not(containsString("rate-" + id))));
  }

  @Test
  void aRatingGivenWhereTheServiceWasConfirmedArrivesRatedWithoutAnInvitation() {
    long person = registry.person("已评价市民", AssistanceFixtures.COMMUNITY).id();
    transactions.executeWithoutResult(
        t ->
            events.publishEvent(
                new ServiceCompleted(
                    "test.confirmed",
                    "测试服务",
                    "R-" + person,
                    person,
                    "上门助洁",
                    "测试服务组织",
                    AssistanceFixtures.COMMUNITY,
                    ChinaTime.today(),
                    5,
                    "很好")));
    long id = offered("test.confirmed", "R-" + person, person);
    assertThat(stars(id)).isEqualTo(5);
    assertThat(
            jdbc.sql("select count(*) from portal.citizen_message where person_id = ?")
                .param(person)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theStaffSeeTheRatingsOfTheirRegionsOfficesOnPageExcelAndApi() throws Exception {
    long person = registry.person("评价市民", AssistanceFixtures.COMMUNITY).id();
    String title = "测试事项" + person;
    transactions.executeWithoutResult(
        t ->
            events.publishEvent(
                new ServiceCompleted(
                    "test.staff",
                    "测试服务",
                    "S-" + person,
                    person,
                    title,
                    "春熙测试办",
                    AssistanceFixtures.STREET,
                    ChinaTime.today(),
                    2,
                    "等候太久")));
    offered("test.staff", "S-" + person, person);
    RequestPostProcessor own =
        staff(AssistanceFixtures.staff(AssistanceFixtures.STREET, Role.STREET_CASEWORKER));
    RequestPostProcessor sibling =
        staff(AssistanceFixtures.staff(AssistanceFixtures.SIBLING_STREET, Role.STREET_CASEWORKER));
    mvc.perform(get("/service-ratings").param("service", "test.staff").with(own))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(title)))
        .andExpect(content().string(containsString("等候太久")))
        .andExpect(content().string(containsString("春熙测试办")))
        .andExpect(content().string(not(containsString(AssistanceFixtures.STREET + "<"))));
    mvc.perform(get("/service-ratings").param("service", "test.staff").with(sibling))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(title))));
    mvc.perform(
            get("/service-ratings")
                .with(
                    staff(
                        AssistanceFixtures.staff(
                            AssistanceFixtures.COMMUNITY, Role.COMMUNITY_WORKER))))
        .andExpect(status().isForbidden());

    byte[] xlsx =
        mvc.perform(get("/service-ratings/export").param("office", "春熙测试办").with(own))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      StringBuilder text = new StringBuilder();
      wb.getSheetAt(0).forEach(r -> r.forEach(c -> text.append(c.toString()).append('|')));
      assertThat(text.toString()).contains(title).contains("等候太久").contains("测试服务");
    }
    mvc.perform(get("/api/v1/portal/ratings").param("service", "test.staff").with(own))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].title").value(title))
        .andExpect(jsonPath("$.items[0].stars").value(2));
    mvc.perform(get("/api/v1/portal/ratings").param("service", "test.staff").with(sibling))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(get("/api/v1/portal/ratings/summary").param("office", "春熙测试办").with(own))
        .andExpect(jsonPath("$[0].rated").value(1))
        .andExpect(jsonPath("$[0].poor").value(1));
  }

  private long offered(String service, String reference, long person) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> ratingId(service, reference, person) != null);
    return ratingId(service, reference, person);
  }

  private Long ratingId(String service, String reference, long person) {
    return jdbc.sql(
            "select id from portal.service_rating where service = ? and reference = ?"
                + " and person_id = ?")
        .params(service, reference, person)
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  private Integer stars(long id) {
    return jdbc.sql("select stars from portal.service_rating where id = ?")
        .param(id)
        .query(Integer.class)
        .single();
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder rate(
      long id, String stars, String comment) {
    return post("/portal/ratings/" + id)
        .param("stars", stars)
        .param("comment", comment)
        .with(csrf());
  }

  private static RequestPostProcessor citizen(long personId) {
    return authentication(CitizenAuthentication.of(new Citizen(960_000 + personId, personId)));
  }

  private static RequestPostProcessor staff(StaffUser user) {
    return authentication(StaffAuthentication.of(user));
  }
}
