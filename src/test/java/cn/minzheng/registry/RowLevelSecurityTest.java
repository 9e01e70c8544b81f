package cn.minzheng.registry;

import static cn.minzheng.registry.RegistryTestData.CITY;
import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_DISTRICT_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_STREET_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.database.RowScope;
import cn.minzheng.registry.domain.person.PersonService;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The second layer of data scope: PostgreSQL's row security on persons and households holds where
 * the Java check is forgotten. The probe below is such a forgotten check — a query by id with no
 * scope filter — and still returns no row of another street for a street caseworker.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(RowLevelSecurityTest.UnscopedProbe.class)
class RowLevelSecurityTest {

  @Autowired MockMvc mvc;
  @Autowired PersonService persons;
  @Autowired JdbcClient jdbc;
  @Autowired DataScope dataScope;

  private final String marker = "行级" + Long.toString(System.nanoTime() % 100000, 36);
  private long ownCommunityPerson;
  private long siblingStreetPerson;
  private long siblingDistrictPerson;

  @BeforeAll
  void createPersons() {
    ownCommunityPerson = RegistryTestData.person(persons, marker + "本", COMMUNITY);
    siblingStreetPerson = RegistryTestData.person(persons, marker + "街", SIBLING_STREET_COMMUNITY);
    siblingDistrictPerson =
        RegistryTestData.person(persons, marker + "区", SIBLING_DISTRICT_COMMUNITY);
  }

  @AfterEach
  void unbind() {
    RowScope.clear();
  }

  @Test
  void anUnscopedQueryInAStreetCaseworkersRequestFindsOnlyTheStreetsPersons() throws Exception {
    var caseworker = auth(STREET, Role.STREET_CASEWORKER);
    probe(caseworker, ownCommunityPerson, "1");
    probe(caseworker, siblingStreetPerson, "0");
    probe(caseworker, siblingDistrictPerson, "0");
  }

  @Test
  void theCityAndJobsAreNotRestricted() throws Exception {
    var city = auth(CITY, Role.CITY_ADMIN);
    probe(city, siblingStreetPerson, "1");
    probe(city, siblingDistrictPerson, "1");
    assertThat(count(siblingDistrictPerson)).as("a thread without a request").isEqualTo(1);
  }

  @Test
  void theScopeNeverStaysOnAPooledConnection() throws Exception {
    var caseworker = auth(STREET, Role.STREET_CASEWORKER);
    for (int i = 0; i < 30; i++) {
      probe(caseworker, siblingStreetPerson, "0");
    }
    for (int i = 0; i < 30; i++) {
      assertThat(
              jdbc.sql("select coalesce(current_setting('minzheng.scope_codes', true), '')")
                  .query(String.class)
                  .single())
          .isEmpty();
      assertThat(count(siblingStreetPerson)).isEqualTo(1);
    }
  }

  @Test
  void writesOutsideTheBoundScopeTouchNoRow() {
    RowScope.bind(dataScope.of(RegistryTestData.staff(STREET, Role.STREET_CASEWORKER)));
    int changed =
        jdbc.sql("update registry.person set name = name where id in (:a, :b)")
            .param("a", siblingStreetPerson)
            .param("b", siblingDistrictPerson)
            .update();
    assertThat(changed).isZero();
    assertThat(
            jdbc.sql("update registry.person set name = name where id = :id")
                .param("id", ownCommunityPerson)
                .update())
        .isEqualTo(1);
  }

  @Test
  void anEmptyScopeSeesNothingAndTheHouseholdTableIsScopedToo() {
    RowScope.bind(RegionFilter.of(Set.of()));
    assertThat(count(ownCommunityPerson)).isZero();
    assertThat(jdbc.sql("select count(*) from registry.household").query(Long.class).single())
        .isZero();
    RowScope.bind(RegionFilter.of(Set.of(SIBLING_DISTRICT_COMMUNITY)));
    assertThat(
            jdbc.sql("select count(*) from registry.household where region_code <> :own")
                .param("own", SIBLING_DISTRICT_COMMUNITY)
                .query(Long.class)
                .single())
        .isZero();
  }

  private void probe(cn.minzheng.platform.StaffAuthentication who, long personId, String expected)
      throws Exception {
    mvc.perform(get("/test/unscoped-probe/" + personId).with(authentication(who)))
        .andExpect(status().isOk())
        .andExpect(r -> assertThat(r.getResponse().getContentAsString()).isEqualTo(expected));
  }

  private long count(long personId) {
    return jdbc.sql("select count(*) from registry.person where id = :id")
        .param("id", personId)
        .query(Long.class)
        .single();
  }

  /** A controller that forgot its scope check on purpose. */
  @TestConfiguration(proxyBeanMethods = false)
  @RestController
  static class UnscopedProbe {

    private final JdbcClient jdbc;

    UnscopedProbe(JdbcClient jdbc) {
      this.jdbc = jdbc;
    }

    @GetMapping("/test/unscoped-probe/{id}")
    String count(@PathVariable long id) {
      return String.valueOf(
          jdbc.sql("select count(*) from registry.person where id = :id")
              .param("id", id)
              .query(Long.class)
              .single());
    }
  }
}
