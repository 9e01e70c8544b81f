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
import cn.minzheng.region.RegionQuery;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.socialwork.governance.Conventions;
import cn.minzheng.socialwork.governance.ReviewStatus;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Conventions: review due three years after adoption or the last review; due soon from 90 days
 * before, overdue the day after; published on the community's public page; one per community.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConventionTest {

  static final StaffAuthentication STREET_WORKER =
      auth(RegistryTestData.STREET, Role.STREET_CASEWORKER);
  static final StaffAuthentication OTHER_STREET_WORKER =
      auth("510104002000", Role.STREET_CASEWORKER);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RegionQuery regions;
  @Autowired Conventions conventions;

  @Test
  void theReviewFallsDueThreeYearsAfterAdoptionOrTheLastReview() {
    LocalDate adopted = LocalDate.of(2023, 3, 15);
    assertThat(Conventions.reviewDue(adopted, null, 3)).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(Conventions.reviewDue(adopted, LocalDate.of(2024, 6, 1), 3))
        .isEqualTo(LocalDate.of(2027, 6, 1));
    // adopted on 29 February: three years later there is none, the due date is 28 February
    assertThat(Conventions.reviewDue(LocalDate.of(2024, 2, 29), null, 3))
        .isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void theListFiltersByTheSameStatusRuleInTheDatabaseAndPages() {
    LocalDate today = ChinaTime.today();
    String d = "58" + String.format("%04d", System.nanoTime() / 1000 % 10000);
    // due yesterday, today, in 90 days, in 91 days (adopted three years before each)
    LocalDate[] dues = {today.minusDays(1), today, today.plusDays(90), today.plusDays(91)};
    java.util.Set<String> codes = new java.util.LinkedHashSet<>();
    for (int i = 0; i < dues.length; i++) {
      String code = d + String.format("00100%d", i + 1);
      codes.add(code);
      jdbc.sql(
              "insert into socialwork.convention (community_code, kind, title, body, adopted_on,"
                  + " meeting, created_by) values (?, 'RESIDENTS', '公约', '全文', ?, '居民会议', 't')")
          .params(code, dues[i].minusYears(3))
          .update();
    }
    var scope = cn.minzheng.platform.RegionFilter.of(codes);
    var query = cn.minzheng.platform.PageQuery.of(null, null, null, null, Conventions.SORTS, "due");
    java.util.function.Function<ReviewStatus, java.util.List<LocalDate>> duesOf =
        status ->
            conventions.page(scope, status, today, query).items().stream()
                .map(Conventions.Convention::reviewDue)
                .toList();
    assertThat(duesOf.apply(ReviewStatus.OVERDUE)).containsExactly(dues[0]);
    assertThat(duesOf.apply(ReviewStatus.DUE_SOON)).containsExactly(dues[1], dues[2]);
    assertThat(duesOf.apply(ReviewStatus.CURRENT)).containsExactly(dues[3]);
    assertThat(duesOf.apply(null)).containsExactly(dues);
    for (var c : conventions.page(scope, null, today, query).items()) {
      assertThat(c.statusOn(today))
          .isEqualTo(ReviewStatus.of(c.reviewDue(), today)); // the page and the rule agree
    }
    var two =
        conventions.page(
            scope,
            null,
            today,
            cn.minzheng.platform.PageQuery.of(2, 20, "due", "asc", Conventions.SORTS, "due"));
    assertThat(two.total()).isEqualTo(4);
    assertThat(two.items()).isEmpty();
  }

  @Test
  void dueSoonFromNinetyDaysBeforeAndOverdueTheDayAfter() {
    LocalDate due = LocalDate.of(2026, 3, 15);
    assertThat(ReviewStatus.of(due, due.minusDays(91))).isEqualTo(ReviewStatus.CURRENT);
    assertThat(ReviewStatus.of(due, due.minusDays(90))).isEqualTo(ReviewStatus.DUE_SOON);
    assertThat(ReviewStatus.of(due, due)).isEqualTo(ReviewStatus.DUE_SOON);
    assertThat(ReviewStatus.of(due, due.plusDays(1))).isEqualTo(ReviewStatus.OVERDUE);
  }

  @Test
  void anAdoptedConventionIsPublishedAndAReviewMovesItsDueDate() throws Exception {
    String community = freeCommunity();
    LocalDate today = ChinaTime.today();
    LocalDate adopted = today.minusYears(3).minusDays(1); // due yesterday: overdue
    mvc.perform(adopt(community, adopted, "第一版")).andExpect(status().is3xxRedirection());

    mvc.perform(get("/public/socialwork/conventions/" + community))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("第一版")))
        .andExpect(content().string(Matchers.containsString("居民会议")));
    var convention = conventions.ofCommunity(community).orElseThrow();
    assertThat(convention.statusOn(today)).isEqualTo(ReviewStatus.OVERDUE);
    mvc.perform(
            get("/socialwork/conventions")
                .param("status", "OVERDUE")
                .with(authentication(STREET_WORKER)))
        .andExpect(content().string(Matchers.containsString("convention-" + community)));

    mvc.perform(
            post("/socialwork/conventions/" + convention.id() + "/review")
                .param("reviewedOn", today.toString())
                .with(authentication(STREET_WORKER))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    var reviewed = conventions.ofCommunity(community).orElseThrow();
    assertThat(reviewed.reviewDue()).isEqualTo(today.plusYears(3));
    assertThat(reviewed.statusOn(today)).isEqualTo(ReviewStatus.CURRENT);

    // a new text replaces the old one: still one convention for the community
    mvc.perform(adopt(community, today, "第二版")).andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.sql("select count(*) from socialwork.convention where community_code = ?")
                .param(community)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    mvc.perform(get("/public/socialwork/conventions/" + community))
        .andExpect(content().string(Matchers.containsString("第二版")));

    // another street cannot review it
    mvc.perform(
            post("/socialwork/conventions/" + reviewed.id() + "/review")
                .param("reviewedOn", today.toString())
                .with(authentication(OTHER_STREET_WORKER))
                .with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  void aCommunityWithoutAConventionHasNoPublicPage() throws Exception {
    mvc.perform(get("/public/socialwork/conventions/" + freeCommunity()))
        .andExpect(status().isNotFound());
  }

  private String freeCommunity() {
    return regions.children(RegistryTestData.STREET).stream()
        .map(cn.minzheng.region.RegionNode::code)
        .filter(code -> conventions.ofCommunity(code).isEmpty())
        .findFirst()
        .orElseThrow();
  }

  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder adopt(
      String community, LocalDate adopted, String text) {
    return post("/socialwork/conventions")
        .param("communityCode", community)
        .param("title", "居民公约")
        .param("body", text + "：爱护环境，邻里互助。")
        .param("adoptedOn", adopted.toString())
        .param("meeting", "居民会议")
        .with(authentication(STREET_WORKER))
        .with(csrf());
  }
}
