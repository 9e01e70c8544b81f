package cn.minzheng.children;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.children.allowance.AllowanceCases;
import cn.minzheng.children.allowance.CareType;
import cn.minzheng.platform.Role;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The allowance pages end to end: a community worker files, the street proposes, the county
 * approves; another street's caseworker gets 404; every read of a case is audited; the standards
 * preview lists the children a change affects before it is saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChildrenPagesTest {

  @Autowired MockMvc mvc;
  @Autowired ChildrenTestData data;
  @Autowired RegistryFixtures registry;
  @Autowired AllowanceCases cases;
  @Autowired JdbcClient jdbc;
  @Autowired cn.minzheng.children.allowance.ChildAllowanceRun run;

  @Test
  void communityFilesStreetProposesCountyApprovesAndAnotherStreetSeesNothing() throws Exception {
    RegistryFixtures.Person child =
        data.child(LocalDate.of(2015, 5, 5), RegistryTestData.COMMUNITY);
    MvcResult filed =
        mvc.perform(
                post("/children/cases/new")
                    .with(authentication(auth(RegistryTestData.COMMUNITY, Role.COMMUNITY_WORKER)))
                    .with(csrf())
                    .param("childIdNumber", child.idNumber())
                    .param("category", "UNSUPPORTED")
                    .param("careType", "SCATTERED")
                    .param("fatherSituation", "DECEASED")
                    .param("fatherSince", "2021-01-01")
                    .param("motherSituation", "OUT_OF_CONTACT")
                    .param("motherSince", "2022-01-01")
                    .param("guardianName", "王奶奶")
                    .param("guardianRelation", "祖母")
                    .param("consent", "true"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    String location = filed.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/children/cases/");
    long id = Long.parseLong(location.substring("/children/cases/".length()));

    mvc.perform(get(location).with(authentication(auth("510104002000", Role.STREET_CASEWORKER))))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/children/cases/" + id)
                .with(authentication(auth("510104002000", Role.STREET_CASEWORKER))))
        .andExpect(status().isNotFound());

    mvc.perform(
            post(location + "/propose")
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER)))
                .with(csrf())
                .param("pass", "true")
                .param("opinion", "入户核实属实"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post(location + "/decide")
                .with(authentication(auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER)))
                .with(csrf())
                .param("approve", "true")
                .param("note", "同意"))
        .andExpect(status().is3xxRedirection());
    assertThat(cases.get(id).state().name()).isEqualTo("APPROVED");

    long readsBefore = audited("children.case.read", id);
    mvc.perform(
            get(location)
                .with(authentication(auth(RegistryTestData.COMMUNITY, Role.CHILD_PROTECTION))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("事实无人抚养儿童")))
        .andExpect(content().string(Matchers.containsString("失联")))
        .andExpect(content().string(Matchers.containsString("已批准发放")));
    assertThat(audited("children.case.read", id)).isEqualTo(readsBefore + 1);

    mvc.perform(
            get("/api/v1/children/cases/" + id)
                .with(authentication(auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.allowanceCase.state").value("APPROVED"))
        .andExpect(jsonPath("$.allowanceCase.guardianName").value("王奶奶"));
  }

  @Test
  void anApplicationWhoseParentsSituationDoesNotQualifyIsRefusedAtTheField() throws Exception {
    RegistryFixtures.Person child =
        data.child(LocalDate.of(2016, 6, 6), RegistryTestData.COMMUNITY);
    mvc.perform(
            post("/children/cases/new")
                .with(authentication(auth(RegistryTestData.COMMUNITY, Role.COMMUNITY_WORKER)))
                .with(csrf())
                .param("childIdNumber", child.idNumber())
                .param("category", "UNSUPPORTED")
                .param("careType", "SCATTERED")
                .param("fatherSituation", "DECEASED")
                .param("fatherSince", "2021-01-01")
                .param("motherSituation", "IMPRISONED")
                .param("motherSince", LocalDate.now().minusMonths(2).toString())
                .param("guardianName", "王奶奶")
                .param("guardianRelation", "祖母"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("须满6个月")))
        .andExpect(content().string(Matchers.containsString("须监护人同意")));
    assertThat(cases.openCase(child.id())).isEmpty();
  }

  @Test
  void auditorsAndInstitutionOperatorsSeeNoChildrensCases() throws Exception {
    mvc.perform(
            get("/children/cases").with(authentication(auth(RegistryTestData.CITY, Role.AUDITOR))))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/api/v1/children/cases")
                .with(authentication(auth(RegistryTestData.DISTRICT, Role.INSTITUTION_OPERATOR))))
        .andExpect(status().isForbidden());
  }

  @Test
  void theStandardPreviewListsTheAffectedChildrenBeforeTheChangeIsSaved() throws Exception {
    long id =
        data.approved(
            LocalDate.of(2014, 4, 4),
            "ORPHAN",
            CareType.INSTITUTION,
            LocalDate.of(2024, 1, 15),
            RegistryTestData.COMMUNITY);
    var admin = auth(RegistryTestData.CITY, Role.CITY_ADMIN);
    mvc.perform(
            post("/children/standards")
                .with(authentication(admin))
                .with(csrf())
                .param("category", "ORPHAN")
                .param("careType", "INSTITUTION")
                .param("from", "2040-01")
                .param("amount", "2100.00"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("影响在发儿童")))
        .andExpect(content().string(Matchers.containsString("<td>" + id + "</td>")));
    assertThat(standardsFrom("2040-01-01")).isZero();
    mvc.perform(
            post("/children/standards")
                .with(authentication(admin))
                .with(csrf())
                .param("category", "ORPHAN")
                .param("careType", "INSTITUTION")
                .param("from", "2040-01")
                .param("amount", "2100.00")
                .param("confirm", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("已保存")));
    assertThat(standardsFrom("2040-01-01")).isEqualTo(1);
  }

  @Test
  void aGuardianAppliesInThePortalFollowsTheStatusAndSeesTheAllowanceOnceApprovedAndPaid()
      throws Exception {
    RegistryFixtures.Person guardian = registry.person("门户监护人", RegistryTestData.COMMUNITY);
    RegistryFixtures.Person child =
        data.child(LocalDate.of(2017, 7, 7), RegistryTestData.COMMUNITY);
    var citizen = CitizenAuthentication.of(new Citizen(-77, guardian.id()));
    mvc.perform(
            post("/portal/children")
                .with(authentication(citizen))
                .with(csrf())
                .param("childIdNumber", child.idNumber())
                .param("category", "ORPHAN")
                .param("careType", "SCATTERED")
                .param("fatherSituation", "DECEASED")
                .param("fatherSince", "2020-01-01")
                .param("motherSituation", "DECEASED")
                .param("motherSince", "2021-01-01")
                .param("guardianRelation", "外祖母")
                .param("consent", "true"))
        .andExpect(status().is3xxRedirection());
    long id = cases.openCase(child.id()).orElseThrow();
    assertThat(cases.get(id).guardianPersonId()).isEqualTo(guardian.id());
    mvc.perform(get("/portal/children").with(authentication(citizen)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("待街道审核")));

    cases.propose(id, true, "属实", "street_portal_test");
    cases.decide(id, true, "同意", "district_portal_test", LocalDate.of(2026, 4, 10));
    run.run(java.time.YearMonth.of(2026, 5));
    mvc.perform(get("/portal/children").with(authentication(citizen)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("已批准发放")))
        .andExpect(content().string(Matchers.containsString("2026年5月：1400.00 元")));
    assertThat(
            jdbc.sql(
                    "select count(*) from portal.citizen_message where person_id = ?"
                        + " and subject = '儿童基本生活保障已批准'")
                .param(guardian.id())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  private long audited(String action, long id) {
    return jdbc.sql("select count(*) from platform.audit_log where action = ? and target_id = ?")
        .params(action, String.valueOf(id))
        .query(Long.class)
        .single();
  }

  private int standardsFrom(String from) {
    return jdbc.sql("select count(*) from children.standard where valid_from = cast(? as date)")
        .param(from)
        .query(Integer.class)
        .single();
  }
}
