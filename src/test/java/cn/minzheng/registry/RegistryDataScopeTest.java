package cn.minzheng.registry;

import static cn.minzheng.registry.RegistryTestData.CITY;
import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.DISTRICT;
import static cn.minzheng.registry.RegistryTestData.SIBLING_DISTRICT_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_STREET_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.as;
import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.registry.domain.household.HouseholdService;
import cn.minzheng.registry.domain.person.PersonService;
import cn.minzheng.shared.ChinaTime;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * The data scope matrix: for each role at its level, a person (and their household) in a sibling
 * street and in a sibling district is "not found" for reading, editing, recording a death,
 * unmasking and exporting, through pages and the API. A person inside the subtree is found (the
 * control that keeps the 404s meaningful).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryDataScopeTest {

  @Autowired MockMvc mvc;
  @Autowired PersonService persons;
  @Autowired HouseholdService households;

  private final String marker = "范围" + Long.toString(System.nanoTime() % 100000, 36);
  private long siblingStreetPerson;
  private long siblingStreetHousehold;
  private long siblingDistrictPerson;
  private long siblingDistrictHousehold;

  @BeforeAll
  void createPersonsInSiblingRegions() {
    siblingStreetPerson = RegistryTestData.person(persons, marker + "街", SIBLING_STREET_COMMUNITY);
    siblingDistrictPerson =
        RegistryTestData.person(persons, marker + "区", SIBLING_DISTRICT_COMMUNITY);
    StaffAuthentication city = auth(CITY, Role.CITY_ADMIN);
    siblingStreetHousehold =
        as(
            city,
            () ->
                households.create(
                    SIBLING_STREET_COMMUNITY, "东街1号", siblingStreetPerson, ChinaTime.today()));
    siblingDistrictHousehold =
        as(
            city,
            () ->
                households.create(
                    SIBLING_DISTRICT_COMMUNITY, "西街1号", siblingDistrictPerson, ChinaTime.today()));
  }

  Stream<Arguments> matrix() {
    List<Arguments> cases = new ArrayList<>();
    Object[][] users = {
      {Role.COMMUNITY_WORKER, COMMUNITY, false, false},
      {Role.STREET_CASEWORKER, STREET, false, false},
      {Role.DISTRICT_APPROVER, DISTRICT, true, false},
      {Role.CITY_ADMIN, CITY, true, true},
    };
    for (Object[] u : users) {
      cases.add(Arguments.of(u[0], u[1], "sibling street", u[2]));
      cases.add(Arguments.of(u[0], u[1], "sibling district", u[3]));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} at {1}: person of {2} visible = {3}")
  @MethodSource("matrix")
  void outOfScopePersonsAndHouseholdsAnswerNotFound(
      Role role, String region, String target, boolean visible) throws Exception {
    StaffAuthentication user = auth(region, role);
    boolean street = target.equals("sibling street");
    long person = street ? siblingStreetPerson : siblingDistrictPerson;
    long household = street ? siblingStreetHousehold : siblingDistrictHousehold;
    ResultMatcher expected = visible ? status().is2xxSuccessful() : status().isNotFound();

    mvc.perform(get("/registry/persons/" + person).with(authentication(user))).andExpect(expected);
    mvc.perform(get("/registry/persons/" + person + "/edit").with(authentication(user)))
        .andExpect(expected);
    mvc.perform(get("/api/v1/persons/" + person).with(authentication(user))).andExpect(expected);
    mvc.perform(get("/registry/households/" + household).with(authentication(user)))
        .andExpect(expected);
    mvc.perform(get("/api/v1/households/" + household).with(authentication(user)))
        .andExpect(expected);

    if (!visible) {
      // Changes must not reach the record either: each answers 404 and leaves it untouched.
      mvc.perform(
              post("/registry/persons/" + person)
                  .with(authentication(user))
                  .with(csrf())
                  .param("version", "0")
                  .param("name", "改名")
                  .param("residenceRegionCode", region)
                  .param("legalBasis", "STATUTORY_DUTY"))
          .andExpect(status().isNotFound());
      mvc.perform(
              patch("/api/v1/persons/" + person)
                  .with(authentication(user))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"name\":\"改名\"}"))
          .andExpect(status().isNotFound());
      mvc.perform(
              post("/registry/persons/" + person + "/death")
                  .with(authentication(user))
                  .with(csrf())
                  .param("dateOfDeath", ChinaTime.today().toString())
                  .param("reason", "测试")
                  .param("confirmed", "true"))
          .andExpect(status().isNotFound());
      // A role that may not unmask at all is refused before the person is looked up (403).
      mvc.perform(
              post("/registry/persons/" + person + "/unmask")
                  .with(authentication(user))
                  .with(csrf())
                  .param("field", "idNumber"))
          .andExpect(
              role == Role.COMMUNITY_WORKER ? status().isForbidden() : status().isNotFound());
      mvc.perform(
              post("/registry/households/" + household + "/move")
                  .with(authentication(user))
                  .with(csrf())
                  .param("regionCode", region)
                  .param("address", "新址"))
          .andExpect(status().isNotFound());
    }

    String name = marker + (street ? "街" : "区");
    String list =
        mvc.perform(get("/registry/persons").param("name", marker).with(authentication(user)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list.contains(name)).isEqualTo(visible);
    String api =
        mvc.perform(get("/api/v1/persons").param("name", marker).with(authentication(user)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(api.contains(name)).isEqualTo(visible);
    assertThat(exportedNames(user).contains(name)).as("in export").isEqualTo(visible);
  }

  private List<String> exportedNames(StaffAuthentication user) throws Exception {
    byte[] xlsx =
        mvc.perform(
                get("/registry/persons/export").param("name", marker).with(authentication(user)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    List<String> names = new ArrayList<>();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row row : workbook.getSheetAt(0)) {
        names.add(row.getCell(0).getStringCellValue());
      }
    }
    return names;
  }
}
