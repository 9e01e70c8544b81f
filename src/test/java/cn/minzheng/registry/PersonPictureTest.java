package cn.minzheng.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.assistance.AssistanceFixtures;
import cn.minzheng.assistance.AssistanceFixtures.Household;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseStore;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.TownshipReview;
import cn.minzheng.lifeevents.LifeEvent;
import cn.minzheng.lifeevents.LifeEventTrail;
import cn.minzheng.lifeevents.TrailEntry;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 全景: one page and one API answer per person and per household gather what the modules hold of the
 * person (benefits by programme and month, cases, visits, existence checks, life events), each
 * linking to its module; outside the caller's subtree it is 404; every read is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonPictureTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;
  @Autowired CaseApplications applications;
  @Autowired CaseWorkflow workflow;
  @Autowired TownshipReview review;
  @Autowired CaseStore store;
  @Autowired LifeEventTrail trail;

  private final StaffAuthentication street =
      RegistryTestData.auth(RegistryTestData.STREET, Role.STREET_CASEWORKER);
  private final StaffAuthentication otherStreet =
      RegistryTestData.auth("510104002000", Role.STREET_CASEWORKER);

  private Household household;
  private long person;
  private long member;
  private long caseId;
  private String caseNo;

  @BeforeEach
  void aHouseholdWithACaseBenefitsAVisitACheckAndALifeEvent() {
    var fx = new AssistanceFixtures(registry, applications, workflow, review);
    household = fx.household(2);
    person = household.personIds().get(0);
    member = household.personIds().get(1);
    caseId =
        fx.file(
            fx.dibao(household, Category.BOTTOM),
            AssistanceFixtures.caseworker(),
            ChinaTime.today());
    caseNo = store.find(caseId).orElseThrow().caseNo();
    for (String month : new String[] {"2026-09-01", "2026-10-01"}) {
      jdbc.sql(
              "insert into payments.entitlement (person_id, programme, month, amount, basis,"
                  + " region_code) values (?, 'DIBAO', cast(? as date), 1234.5, '全景测试', ?)")
          .params(person, month, AssistanceFixtures.COMMUNITY)
          .update();
    }
    jdbc.sql(
            "insert into monitoring.visit (person_id, region_code, visited_on, visitor, findings,"
                + " recorded_by) values (?, ?, ?, '全景走访员', '全景走访情况', 't')")
        .params(person, AssistanceFixtures.COMMUNITY, LocalDate.of(2026, 11, 3))
        .update();
    jdbc.sql(
            "insert into elderly.existence_verification (person_id, verified_on, method,"
                + " region_code) values (?, ?, 'VISIT', ?)")
        .params(member, LocalDate.of(2026, 11, 5), AssistanceFixtures.COMMUNITY)
        .update();
    trail.record(
        new TrailEntry(
            member,
            LifeEvent.DISABILITY_RATING,
            LocalDate.of(2026, 10, 9),
            "残疾人福利",
            "全景测试：复核两项补贴",
            "§0",
            "picture-test-" + member));
    jdbc.sql(
            "insert into children.allowance_case (child_person_id, category, care_type, state,"
                + " source, region_code, guardian_name, guardian_relation, consent, filed_by,"
                + " filed_at, first_month) values (?, 'ORPHAN', 'SCATTERED', 'APPROVED', 'STAFF',"
                + " ?, '全景监护人', '祖父母', true, 't', timestamptz '2026-02-20 10:00+08',"
                + " date '2026-03-01')")
        .params(person, AssistanceFixtures.COMMUNITY)
        .update();
    jdbc.sql(
            "insert into children.protection_case (child_person_id, region_code, source, reporter,"
                + " reported_on, summary, risk_level, immediate_measures, stage, created_by)"
                + " values (?, ?, 'HOTLINE', '全景报告人', date '2026-04-02', '全景保密摘要', 'HIGH',"
                + " '已临时安置', 'REFERRED', 't')")
        .params(person, AssistanceFixtures.COMMUNITY)
        .update();
    jdbc.sql(
            "insert into disability.recipient (person_id, subsidy, first_month, region_code,"
                + " status) values (?, 'CARE', date '2026-05-01', ?, 'CONFIRMED')")
        .params(person, AssistanceFixtures.COMMUNITY)
        .update();
    long item =
        jdbc.sql(
                "insert into disability.device_item (name, kind, daily_rent, deposit)"
                    + " values (?, '轮椅', 1.00, 100.00) returning id")
            .param("全景轮椅-" + person)
            .query(Long.class)
            .single();
    long point =
        jdbc.sql(
                "insert into disability.service_point (name, region_code, address)"
                    + " values ('全景服务点', ?, '全景路1号') returning id")
            .param(AssistanceFixtures.COMMUNITY)
            .query(Long.class)
            .single();
    long unit =
        jdbc.sql(
                "insert into disability.device_unit (item_id, point_id, serial, status)"
                    + " values (?, ?, ?, 'RENTED') returning id")
            .params(item, point, "QJ-" + person)
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into disability.rental (unit_id, item_id, point_id, person_id, region_code,"
                + " channel, status, days, deposit, handed_out_on, due_on, ordered_by)"
                + " values (?, ?, ?, ?, ?, 'POINT', 'OUT', 30, 100.00, date '2026-11-01',"
                + " date '2026-12-01', 't')")
        .params(unit, item, point, person, AssistanceFixtures.COMMUNITY)
        .update();
  }

  @Test
  void childrensAndDisabilityCasesAreInThePictureAndProtectionCasesOnlyForThoseWhoHandleThem()
      throws Exception {
    String page =
        mvc.perform(get("/registry/persons/" + person + "/picture").with(authentication(street)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("儿童福利", "孤儿保障 · 散居（亲属或家庭养育）", "已批准发放，自2026-03起发放")
        .contains("残疾人福利", "重度残疾人护理补贴", "已确认发放，自2026-05起符合条件")
        .contains("辅具租赁：全景轮椅-" + person, "租用中，2026-12-01到期")
        // a street caseworker may not open protection cases, so does not learn of one here
        .doesNotContain("未成年人保护个案", "全景保密摘要");
    mvc.perform(get("/api/v1/persons/" + person + "/picture").with(authentication(street)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sections[7].name").value("儿童福利"))
        .andExpect(jsonPath("$.sections[7].entries.length()").value(1))
        .andExpect(
            jsonPath("$.sections[7].entries[0].link")
                .value(Matchers.startsWith("/children/cases/")))
        .andExpect(jsonPath("$.sections[8].name").value("残疾人福利"))
        .andExpect(jsonPath("$.sections[8].entries.length()").value(2))
        // the rental was ordered today, the subsidy is dated by its first month (2026-05)
        .andExpect(jsonPath("$.sections[8].entries[0].link").value("/disability/devices"))
        .andExpect(
            jsonPath("$.sections[8].entries[1].link").value("/disability/subsidies/" + person));

    StaffAuthentication approver = RegistryTestData.auth("510104000000", Role.DISTRICT_APPROVER);
    String approverPage =
        mvc.perform(get("/registry/persons/" + person + "/picture").with(authentication(approver)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(approverPage)
        .contains("未成年人保护个案", "已转介，风险等级：高", "href=\"/children/protection/")
        // what was reported, and by whom, stays on the protection case's own page
        .doesNotContain("全景保密摘要", "全景报告人");
    mvc.perform(get("/api/v1/persons/" + person + "/picture").with(authentication(approver)))
        .andExpect(jsonPath("$.sections[7].entries.length()").value(2))
        // reported 2026-04-02, after the allowance case was filed (2026-02-20)
        .andExpect(jsonPath("$.sections[7].entries[0].title").value("未成年人保护个案"));
  }

  @Test
  void thePersonPageShowsEveryModulesEntriesWithLinksAndIsAudited() throws Exception {
    String page =
        mvc.perform(get("/registry/persons/" + person + "/picture").with(authentication(street)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("低保 2026-10", "低保 2026-09", "1,234.50 元")
        .contains("href=\"/assistance/cases/" + caseId + "\"", caseNo)
        .contains("全景走访情况")
        // the member's check and life event are the member's, not the person's
        .doesNotContain("全景测试：复核两项补贴");
    // the newest month first
    assertThat(page.indexOf("低保 2026-10")).isLessThan(page.indexOf("低保 2026-09"));
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.audit_log where action = 'person.picture'"
                        + " and target_id = ?")
                .param("" + person)
                .query(Long.class)
                .single())
        .isOne();
  }

  @Test
  void theHouseholdPictureGathersTheCurrentMembers() throws Exception {
    String page =
        mvc.perform(
                get("/registry/households/" + household.id() + "/picture")
                    .with(authentication(street)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("低保 2026-10", caseNo, "全景测试：复核两项补贴", "上门认证", "高龄津贴生存认证");
  }

  @Test
  void theApiAnswersTheSameSectionsAndBothAreNotFoundOutsideTheSubtree() throws Exception {
    mvc.perform(get("/api/v1/persons/" + person + "/picture").with(authentication(street)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sections[0].name").value("待遇发放"))
        .andExpect(jsonPath("$.sections[0].entries.length()").value(2))
        .andExpect(jsonPath("$.sections[0].entries[0].title").value("低保 2026-10"))
        .andExpect(jsonPath("$.sections[1].entries[0].link").value("/assistance/cases/" + caseId))
        .andExpect(jsonPath("$.sections[3].entries[0].detail").value("全景走访情况"));
    mvc.perform(
            get("/api/v1/households/" + household.id() + "/picture").with(authentication(street)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.personIds", Matchers.hasSize(2)))
        .andExpect(jsonPath("$.sections[6].entries[0].detail").value("全景测试：复核两项补贴"));

    for (String url :
        new String[] {
          "/registry/persons/" + person + "/picture",
          "/api/v1/persons/" + person + "/picture",
          "/registry/households/" + household.id() + "/picture",
          "/api/v1/households/" + household.id() + "/picture"
        }) {
      mvc.perform(get(url).with(authentication(otherStreet))).andExpect(status().isNotFound());
    }
  }
}
