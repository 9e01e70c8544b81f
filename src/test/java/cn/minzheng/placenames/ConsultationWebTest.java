package cn.minzheng.placenames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

import cn.minzheng.placenames.naming.NamingApplications;
import cn.minzheng.placenames.naming.NamingApplications.AssessmentInput;
import cn.minzheng.placenames.naming.NamingApplications.Submission;
import cn.minzheng.placenames.naming.PlaceCategory;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public consultation of a significant name (closing day by the working calendar, comments up
 * to and including it, approval only after it and after three experts' reviews), the staff pages of
 * the naming applications (labels, filters, roles before records, scope) and the refusal. Each test
 * is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class ConsultationWebTest {

  static final String COMMUNITY = "510104001001";
  static final String OTHER_STREET_COMMUNITY = "510104002001";

  @Autowired MockMvc mvc;
  @Autowired NamingApplications applications;
  @Autowired java.util.List<cn.minzheng.platform.WorkQueueSource> queues;

  private long pendingApprovals(StaffUser user) {
    return queues.stream()
        .flatMap(q -> q.pendingFor(user).stream())
        .filter(e -> e.kind().equals("placenames.application"))
        .mapToLong(cn.minzheng.platform.WorkQueueSource.WorkQueueEntry::count)
        .sum();
  }

  private static StaffUser user(Role role, String region) {
    return new StaffUser(12, "cw-" + role, "测试" + role, region, Set.of(role));
  }

  private static final StaffUser CITY_USER = user(Role.CITY_ADMIN, "510100000000");
  private static final RequestPostProcessor CITY =
      authentication(StaffAuthentication.of(CITY_USER));

  private static RequestPostProcessor staff(Role role, String region) {
    return authentication(StaffAuthentication.of(user(role, region)));
  }

  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private long submitAs(StaffUser user, String category, String name, LocalDate on) {
    SecurityContextHolder.getContext().setAuthentication(StaffAuthentication.of(user));
    try {
      long id =
          applications.submit(
              new Submission(
                  null, category, name, "", COMMUNITY, "30.655,104.081;30.657,104.085", "新建道路"),
              user);
      if (PlaceCategory.valueOf(category).significant) {
        applications.assess(id, FEASIBLE, on, user);
      }
      return id;
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  static final AssessmentInput FEASIBLE =
      new AssessmentInput("符合条例", "规划已定", "风险可控", "影响较小", "做好宣传", "FEASIBLE");

  @AfterEach
  void clear() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void theConsultationClosesTenWorkingDaysLaterCountedAcrossNationalDay() {
    // Assessed (综合评估) Tuesday 29 September 2026. Working days after it: 30 Sep (1); 1–7 Oct is 国庆节;
    // 8 Oct (2), 9 Oct (3), Saturday 10 Oct worked instead (调休, 4), 12–16 Oct (5–9), 19 Oct (10).
    long id = submitAs(CITY_USER, "ROAD", "望江东路", LocalDate.of(2026, 9, 29));
    SecurityContextHolder.getContext().setAuthentication(StaffAuthentication.of(CITY_USER));
    assertThat(applications.find(id).consultationClosesOn()).isEqualTo(LocalDate.of(2026, 10, 19));

    // the last day accepts, during the holiday too
    applications.comment(id, "建议保留老地名", "13800000000", LocalDate.of(2026, 10, 3));
    applications.comment(id, "同意该名称", "", LocalDate.of(2026, 10, 19));
    // the next day refuses
    assertThatThrownBy(() -> applications.comment(id, "晚到的意见", "", LocalDate.of(2026, 10, 20)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("2026-10-19截止");
    assertThat(applications.comments(id))
        .extracting(NamingApplications.Comment::content)
        .containsExactly("建议保留老地名", "同意该名称");

    // approval: not on the closing day, not without three experts, then the day after
    for (String expert : new String[] {"王专家", "李专家"}) {
      applications.review(id, expert, 90, "名称得当", CITY_USER);
    }
    assertThatThrownBy(() -> applications.approve(id, LocalDate.of(2026, 10, 19), CITY_USER))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("征询期结束后方可批准");
    assertThatThrownBy(() -> applications.approve(id, LocalDate.of(2026, 10, 20), CITY_USER))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("至少3位专家");
    applications.review(id, "张专家", 75, "可行", CITY_USER);
    applications.approve(id, LocalDate.of(2026, 10, 20), CITY_USER);
    assertThat(applications.find(id).status()).isEqualTo("APPROVED");
  }

  @Test
  void theAssessmentComesFirstAndOpensTheConsultation() {
    StaffUser approver = user(Role.DISTRICT_APPROVER, "510104000000");
    SecurityContextHolder.getContext().setAuthentication(StaffAuthentication.of(CITY_USER));
    long id =
        applications.submit(
            new Submission(null, "ROAD", "望江西路", "", COMMUNITY, "30.655,104.081", "新建道路"),
            CITY_USER);
    // before the assessment: no consultation, no experts, no approval
    assertThat(applications.find(id).consultationClosesOn()).isNull();
    assertThat(applications.findUnderConsultation(id)).isEmpty();
    assertThatThrownBy(() -> applications.review(id, "王专家", 90, "好", CITY_USER))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("须先完成综合评估");
    assertThatThrownBy(() -> applications.approve(id, LocalDate.of(2026, 11, 30), CITY_USER))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("须先完成综合评估");
    // every part of the report is required, named by its field
    assertThatThrownBy(
            () ->
                applications.assess(
                    id,
                    new AssessmentInput("合法", " ", "可控", "小", "宣传", "FEASIBLE"),
                    LocalDate.of(2026, 9, 29),
                    approver))
        .isInstanceOf(InvalidInput.class)
        .extracting(e -> ((InvalidInput) e).field())
        .isEqualTo("feasibility");
    // assessed on Friday 2026-10-09: the ten working days after it are Saturday 10 Oct (调休, 1),
    // 12–16 Oct (2–6), 19–22 Oct (7–10): the consultation closes on Thursday 2026-10-22
    applications.assess(id, FEASIBLE, LocalDate.of(2026, 10, 9), approver);
    assertThat(applications.find(id).consultationClosesOn()).isEqualTo(LocalDate.of(2026, 10, 22));
    assertThat(applications.assessment(id)).get().extracting(a -> a.feasible()).isEqualTo(true);
    // once only
    assertThatThrownBy(() -> applications.assess(id, FEASIBLE, LocalDate.of(2026, 10, 9), approver))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("已完成综合评估");
    applications.review(id, "王专家", 90, "好", CITY_USER);
    assertThat(applications.reviews(id)).hasSize(1);
  }

  @Test
  void anInfeasibleAssessmentLeavesOnlyARefusal() {
    StaffUser approver = user(Role.DISTRICT_APPROVER, "510104000000");
    long before = pendingApprovals(approver);
    SecurityContextHolder.getContext().setAuthentication(StaffAuthentication.of(CITY_USER));
    long id =
        applications.submit(
            new Submission(null, "BRIDGE", "望江西桥", "", COMMUNITY, "30.655,104.081", "新建桥梁"),
            CITY_USER);
    assertThat(pendingApprovals(approver)).isEqualTo(before);
    applications.assess(
        id,
        new AssessmentInput("合法", "与规划不符", "不可控", "易混淆", "无", "INFEASIBLE"),
        LocalDate.of(2026, 10, 9),
        approver);
    assertThat(applications.find(id).consultationClosesOn()).isNull();
    assertThat(pendingApprovals(approver)).isEqualTo(before + 1);
    assertThatThrownBy(() -> applications.approve(id, LocalDate.of(2026, 11, 30), CITY_USER))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("只能作出不予批准决定");
    applications.refuse(id, "综合评估不可行", approver);
    assertThat(applications.find(id).status()).isEqualTo("REJECTED");
  }

  @Test
  void onlyTheApproversAssessAndAStreetNameNeedsNone() throws Exception {
    long street = submitAs(CITY_USER, "STREET", "望江北巷", LocalDate.of(2026, 9, 29));
    SecurityContextHolder.getContext().setAuthentication(StaffAuthentication.of(CITY_USER));
    assertThatThrownBy(
            () -> applications.assess(street, FEASIBLE, LocalDate.of(2026, 9, 29), CITY_USER))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("无需综合评估");
    SecurityContextHolder.clearContext();
    mvc.perform(
            post("/api/v1/placenames/applications/{id}/assessment", street)
                .with(staff(Role.STREET_CASEWORKER, "510104001000"))
                .with(csrf())
                .contentType("application/json")
                .content("{}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/placenames/applications/{id}/assessment", street)
                .with(staff(Role.DISTRICT_APPROVER, "510105000000"))
                .with(csrf())
                .contentType("application/json")
                .content("{}"))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/placenames/applications/{id}/assessment", street)
                .with(staff(Role.DISTRICT_APPROVER, "510104000000"))
                .with(csrf())
                .contentType("application/json")
                .content("{\"conclusion\": \"FEASIBLE\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("无需综合评估")));
    mvc.perform(
            get("/api/v1/placenames/applications/{id}/assessment", street)
                .with(staff(Role.COMMUNITY_WORKER, COMMUNITY)))
        .andExpect(status().isNotFound());
  }

  @Test
  void aStreetNameNeedsNoConsultationAndNoExperts() {
    long id = submitAs(CITY_USER, "STREET", "玉林北巷", LocalDate.of(2026, 9, 29));
    SecurityContextHolder.getContext().setAuthentication(StaffAuthentication.of(CITY_USER));
    assertThat(applications.find(id).consultationClosesOn()).isNull();
    assertThat(applications.findUnderConsultation(id)).isEmpty();
    applications.approve(id, LocalDate.of(2026, 9, 29), CITY_USER);
    assertThat(applications.find(id).status()).isEqualTo("APPROVED");
  }

  @Test
  void anExpertScoreOutsideZeroToHundredIsRefused() {
    long id = submitAs(CITY_USER, "BRIDGE", "合江新桥", LocalDate.of(2026, 9, 29));
    SecurityContextHolder.getContext().setAuthentication(StaffAuthentication.of(CITY_USER));
    assertThatThrownBy(() -> applications.review(id, "王专家", 101, "好", CITY_USER))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("0至100");
    applications.review(id, "王专家", 100, "好", CITY_USER);
    applications.review(id, "王专家", 0, "改为反对", CITY_USER);
    assertThat(applications.reviews(id))
        .singleElement()
        .extracting(NamingApplications.Review::score)
        .isEqualTo(0);
  }

  @Test
  void thePublicCommentsWithoutSignInAndStaffSeeTheComment() throws Exception {
    String created =
        mvc.perform(
                post("/placenames/applications")
                    .with(CITY)
                    .with(csrf())
                    .param("category", "SQUARE")
                    .param("name", "东郊广场")
                    .param("regionCode", COMMUNITY)
                    .param("location", "30.650,104.100")
                    .param("reasons", "新建广场"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
    // no consultation before the 综合评估; the page records it
    mvc.perform(get("/public/placenames/consultations/{id}", id)).andExpect(status().isNotFound());
    mvc.perform(
            post("/placenames/applications/{id}/assessment", id)
                .with(CITY)
                .with(csrf())
                .param("legality", "符合条例")
                .param("feasibility", "规划已定")
                .param("controllability", "可控")
                .param("impactRisks", "影响小")
                .param("measures", "")
                .param("conclusion", "FEASIBLE"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("请填写应对措施")));
    mvc.perform(
            post("/placenames/applications/{id}/assessment", id)
                .with(CITY)
                .with(csrf())
                .param("legality", "符合条例")
                .param("feasibility", "规划已定")
                .param("controllability", "可控")
                .param("impactRisks", "影响小")
                .param("measures", "宣传")
                .param("conclusion", "FEASIBLE"))
        .andExpect(redirectedUrl("/placenames/applications/" + id));

    mvc.perform(get("/public/placenames/consultations/{id}", id))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("东郊广场")))
        .andExpect(content().string(containsString("data-testid=\"consultation-form\"")));
    mvc.perform(
            post("/public/placenames/consultations/{id}/comments", id)
                .with(csrf())
                .with(from("10.1.1.1"))
                .param("content", "希望保留东郊记忆")
                .param("contact", "王先生"))
        .andExpect(redirectedUrl("/public/placenames/consultations/" + id));

    mvc.perform(get("/api/v1/placenames/applications/{id}/comments", id).with(CITY))
        .andExpect(jsonPath("$[0].content").value("希望保留东郊记忆"));
    mvc.perform(get("/placenames/applications/{id}", id).with(CITY))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("希望保留东郊记忆")))
        .andExpect(content().string(containsString("广场")))
        .andExpect(content().string(not(containsString(">SQUARE<"))));

    // today is inside the consultation: approval refused, naming the field
    mvc.perform(
            post("/api/v1/placenames/applications/{id}/approve", id)
                .with(CITY)
                .with(csrf())
                .contentType("application/json")
                .content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail", containsString("征询期结束后方可批准")));

    // refused: the consultation page is gone
    mvc.perform(
            post("/placenames/applications/{id}/refuse", id)
                .with(staff(Role.DISTRICT_APPROVER, "510104000000"))
                .with(csrf())
                .param("reason", "与历史地名重复"))
        .andExpect(redirectedUrl("/placenames/applications/" + id));
    mvc.perform(get("/api/v1/placenames/applications/{id}", id).with(CITY))
        .andExpect(jsonPath("$.status").value("REJECTED"))
        .andExpect(jsonPath("$.refusalReason").value("与历史地名重复"));
    mvc.perform(get("/public/placenames/consultations/{id}", id)).andExpect(status().isNotFound());
  }

  @Test
  void aNameWithoutConsultationHasNoPublicPage() throws Exception {
    long id = submitAs(CITY_USER, "STREET", "玉林南巷", LocalDate.of(2026, 9, 29));
    mvc.perform(get("/public/placenames/consultations/{id}", id)).andExpect(status().isNotFound());
    mvc.perform(
            post("/public/placenames/consultations/{id}/comments", id)
                .with(csrf())
                .with(from("10.1.1.2"))
                .param("content", "意见"))
        .andExpect(status().isNotFound());
  }

  @Test
  void commentsAreLimitedPerAddress() throws Exception {
    long id = submitAs(CITY_USER, "PARK", "东湖公园", ChinaTime.today());
    for (int i = 0; i < 10; i++) {
      mvc.perform(
              post("/public/placenames/consultations/{id}/comments", id)
                  .with(csrf())
                  .with(from("10.2.2.2"))
                  .param("content", "意见" + i))
          .andExpect(status().is3xxRedirection());
    }
    mvc.perform(
            post("/public/placenames/consultations/{id}/comments", id)
                .with(csrf())
                .with(from("10.2.2.2"))
                .param("content", "第十一条"))
        .andExpect(status().isTooManyRequests());
    mvc.perform(
            post("/public/placenames/consultations/{id}/comments", id)
                .with(csrf())
                .with(from("10.2.2.3"))
                .param("content", "另一地址"))
        .andExpect(status().is3xxRedirection());
  }

  @Test
  void theListShowsLabelsAndFiltersByCategory() throws Exception {
    submitAs(CITY_USER, "BRIDGE", "锦江一号桥", ChinaTime.today());
    submitAs(CITY_USER, "STREET", "锦江小巷", ChinaTime.today());
    mvc.perform(get("/placenames/applications").param("category", "BRIDGE").with(CITY))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("锦江一号桥")))
        .andExpect(content().string(not(containsString("锦江小巷"))))
        .andExpect(content().string(containsString("桥梁")))
        .andExpect(content().string(containsString("审查中")));
  }

  @Test
  void theApiListIsPagedAndFiltered() throws Exception {
    submitAs(CITY_USER, "PARK", "锦江三号园", ChinaTime.today());
    submitAs(CITY_USER, "STREET", "锦江四号巷", ChinaTime.today());
    mvc.perform(
            get("/api/v1/placenames/applications")
                .param("category", "PARK")
                .param("name", "锦江")
                .param("size", "10")
                .with(CITY))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].proposedName").value("锦江三号园"))
        .andExpect(jsonPath("$.size").value(10));
  }

  @Test
  void theApproversQueueCountsOnlyApplicationsReadyForADecision() {
    StaffUser approver = user(Role.DISTRICT_APPROVER, "510104000000");
    long before = pendingApprovals(approver);
    submitAs(CITY_USER, "STREET", "锦江五号巷", ChinaTime.today()); // no consultation: ready
    submitAs(CITY_USER, "ROAD", "锦江六号路", ChinaTime.today()); // consultation open: not yet
    assertThat(pendingApprovals(approver)).isEqualTo(before + 1);
    assertThat(pendingApprovals(user(Role.STREET_CASEWORKER, "510104001000"))).isZero();
  }

  @Test
  void rolesAreCheckedBeforeTheRecordAndAnotherStreetsApplicationIsNotFound() throws Exception {
    long id = submitAs(CITY_USER, "BRIDGE", "锦江二号桥", ChinaTime.today());
    var community = staff(Role.COMMUNITY_WORKER, COMMUNITY);
    mvc.perform(get("/placenames/applications/new").with(community))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/placenames/applications/{id}/approve", 999_999_999L)
                .with(staff(Role.STREET_CASEWORKER, "510104001000"))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/placenames/applications/{id}/reviews", id)
                .with(community)
                .with(csrf())
                .param("expert", "王")
                .param("score", "90")
                .param("opinion", "好"))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/placenames/applications/{id}", id)
                .with(staff(Role.STREET_CASEWORKER, "510104001000")))
        .andExpect(status().isOk());
    mvc.perform(
            get("/placenames/applications/{id}", id)
                .with(staff(Role.STREET_CASEWORKER, "510104002000")))
        .andExpect(status().isNotFound());
  }
}
