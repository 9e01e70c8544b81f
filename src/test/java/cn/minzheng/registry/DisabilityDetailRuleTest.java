package cn.minzheng.registry;

import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.as;
import static cn.minzheng.registry.RegistryTestData.auth;
import static cn.minzheng.registry.RegistryTestData.form;
import static cn.minzheng.testing.IdNumbers.uniqueIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.registry.domain.history.HistoryEntry.FieldChange;
import cn.minzheng.registry.domain.person.PersonForm;
import cn.minzheng.registry.domain.person.PersonQueries;
import cn.minzheng.registry.domain.person.PersonService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Disability data by role (docs/security.md, field rules): the street sees category, grade and
 * certificate date; a community worker of the same community sees "肢体残疾 持证" only — on the page, in
 * the API, in the history and in the edit form — and an edit of theirs keeps the grade.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DisabilityDetailRuleTest {

  @Autowired MockMvc mvc;
  @Autowired PersonService service;
  @Autowired PersonQueries queries;

  private final StaffAuthentication street = auth(STREET, Role.STREET_CASEWORKER);
  private final StaffAuthentication community = auth(COMMUNITY, Role.COMMUNITY_WORKER);

  private long disabledPerson() {
    PersonForm f = form(uniqueIdNumber(true), "残疾测试", COMMUNITY);
    f.setDisabilityCategory("PHYSICAL");
    f.setDisabilityGrade("2");
    f.setDisabilityCertificateDate("2020-05-01");
    return as(street, () -> service.create(f));
  }

  @Test
  void theStreetSeesGradeAndDateTheCommunityOnlyTheCategory() throws Exception {
    long id = disabledPerson();

    PersonSummary seenByStreet = as(street, () -> queries.detail(id).person());
    assertThat(seenByStreet.disabilityGrade()).isEqualTo(2);
    assertThat(seenByStreet.disabilityCertificateDate()).hasToString("2020-05-01");
    PersonSummary seenByCommunity = as(community, () -> queries.detail(id).person());
    assertThat(seenByCommunity.disabilityCategory()).isEqualTo(DisabilityCategory.PHYSICAL);
    assertThat(seenByCommunity.disabilityGrade()).isNull();
    assertThat(seenByCommunity.disabilityCertificateDate()).isNull();

    mvc.perform(get("/api/v1/persons/" + id).with(authentication(community)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.person.disabilityCategory").value("PHYSICAL"))
        .andExpect(jsonPath("$.person.disabilityGrade").doesNotExist())
        .andExpect(jsonPath("$.person.disabilityCertificateDate").doesNotExist());
    mvc.perform(get("/api/v1/persons/" + id).with(authentication(street)))
        .andExpect(jsonPath("$.person.disabilityGrade").value(2));
    mvc.perform(get("/registry/persons/" + id).with(authentication(community)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("肢体残疾 持证")))
        .andExpect(content().string(not(containsString("2级"))));
    mvc.perform(get("/registry/persons/" + id).with(authentication(street)))
        .andExpect(content().string(containsString("肢体残疾 2级（发证 2020-05-01）")));
    mvc.perform(get("/registry/persons/" + id + "/edit").with(authentication(community)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-testid=\"disability-locked\"")))
        .andExpect(content().string(not(containsString("name=\"disabilityGrade\""))));
  }

  @Test
  void aCommunityEditKeepsTheGradeItCannotSeeAndTheHistoryWithholdsItsValues() {
    long id = disabledPerson();
    as(
        street,
        () -> {
          PersonForm regraded = service.editForm(id);
          regraded.setDisabilityGrade("1");
          service.update(id, queries.detail(id).version(), regraded, false);
          return null;
        });

    as(
        community,
        () -> {
          PersonForm edit = service.editForm(id);
          assertThat(edit.getDisabilityGrade()).isNull();
          assertThat(edit.getDisabilityCertificateDate()).isNull();
          edit.setAddress("新住址2号");
          service.update(id, queries.detail(id).version(), edit, false);
          return null;
        });

    PersonSummary after = as(street, () -> queries.detail(id).person());
    assertThat(after.disabilityGrade()).isEqualTo(1);
    assertThat(after.disabilityCertificateDate()).hasToString("2020-05-01");
    assertThat(as(street, () -> queries.detail(id).address())).isEqualTo("新住址2号");

    // newest first: the regrading, then the registration
    assertThat(gradeChanges(street, id))
        .containsExactly(
            new FieldChange("disabilityGrade", "2", "1"),
            new FieldChange("disabilityGrade", null, "2"));
    assertThat(gradeChanges(community, id))
        .containsExactly(
            new FieldChange("disabilityGrade", "（不显示）", "（不显示）"),
            new FieldChange("disabilityGrade", "（不显示）", "（不显示）"));
  }

  private List<FieldChange> gradeChanges(StaffAuthentication who, long id) {
    return as(who, () -> service.history(id)).stream()
        .flatMap(entry -> entry.changes().stream())
        .filter(change -> change.field().equals("disabilityGrade"))
        .toList();
  }
}
