package cn.minzheng.registry;

import static cn.minzheng.registry.RegistryTestData.CITY;
import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.as;
import static cn.minzheng.registry.RegistryTestData.auth;
import static cn.minzheng.registry.RegistryTestData.form;
import static cn.minzheng.testing.IdNumbers.uniqueIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.registry.domain.person.PersonService;
import cn.minzheng.registry.domain.search.PersonCriteria;
import cn.minzheng.registry.domain.search.PersonSearch;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PersonSearchAndUnmaskTest {

  @Autowired PersonService persons;
  @Autowired PersonSearch search;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void findsPersonsByIdNumberExactlyAndByNamePrefixOrSimilarity() {
    String id = uniqueIdNumber(true);
    String name = "欧阳" + "修远" + Long.toString(System.nanoTime() % 1000);
    as(auth(CITY, Role.CITY_ADMIN), () -> persons.create(form(id, name, COMMUNITY)));
    var street = auth(STREET, Role.STREET_CASEWORKER);

    var byId =
        as(
            street,
            () ->
                search.search(
                    new PersonCriteria(
                        id.toLowerCase(), null, false, null, null, null, null, true, 0, 20)));
    assertThat(byId.content()).extracting(p -> p.name()).containsExactly(name);
    var byPrefix =
        as(
            street,
            () ->
                search.search(
                    new PersonCriteria(
                        null,
                        name.substring(0, 3),
                        false,
                        null,
                        null,
                        null,
                        "name",
                        false,
                        0,
                        20)));
    assertThat(byPrefix.content()).extracting(p -> p.name()).contains(name);
    var fuzzy =
        as(
            street,
            () ->
                search.search(
                    new PersonCriteria(null, "欧阳修远", true, null, null, null, null, true, 0, 20)));
    assertThat(fuzzy.content()).extracting(p -> p.name()).contains(name);
  }

  @Test
  void unmasksTheIdNumberForACaseworkerAndAuditsIt() throws Exception {
    String id = uniqueIdNumber(false);
    long person = as(auth(CITY, Role.CITY_ADMIN), () -> persons.create(form(id, "何女士", COMMUNITY)));

    mvc.perform(
            get("/registry/persons/" + person)
                .with(authentication(auth(STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString(id))))
        .andExpect(
            content()
                .string(
                    Matchers.containsString(id.substring(0, 6) + "********" + id.substring(14))));
    mvc.perform(
            post("/registry/persons/" + person + "/unmask")
                .param("field", "idNumber")
                .with(authentication(auth(STREET, Role.STREET_CASEWORKER)))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(id)));
    assertThat(audits("person.unmask", person, "SUCCESS")).isEqualTo(1);
  }

  @Test
  void refusesUnmaskingToACommunityWorkerAndAuditsTheRefusal() throws Exception {
    long person = RegistryTestData.person(persons, "施先生", COMMUNITY);
    mvc.perform(
            post("/registry/persons/" + person + "/unmask")
                .param("field", "idNumber")
                .with(authentication(auth(COMMUNITY, Role.COMMUNITY_WORKER)))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(audits("person.unmask", person, "DENIED")).isEqualTo(1);
  }

  @Test
  void exportsTheFilteredListWithMaskedIdNumbersAndPhonesAndAuditsIt() throws Exception {
    String id = uniqueIdNumber(true);
    String name = "导出" + Long.toString(System.nanoTime() % 100000, 36);
    as(auth(CITY, Role.CITY_ADMIN), () -> persons.create(form(id, name, COMMUNITY)));
    long auditsBefore =
        jdbc.sql("select count(*) from platform.audit_log where action = 'person.export'")
            .query(Long.class)
            .single();

    byte[] xlsx =
        mvc.perform(
                get("/registry/persons/export")
                    .param("name", name)
                    .with(authentication(auth(STREET, Role.STREET_CASEWORKER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      var row = wb.getSheetAt(0).getRow(1);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo(name);
      assertThat(row.getCell(1).getStringCellValue())
          .isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
      assertThat(row.getCell(4).getStringCellValue()).isEqualTo("138****1234");
      assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(1);
    }
    String detail =
        jdbc.sql(
                "select detail from platform.audit_log where action = 'person.export' order by id desc limit 1")
            .query(String.class)
            .single();
    assertThat(detail).contains("rows 1");
    assertThat(
            jdbc.sql("select count(*) from platform.audit_log where action = 'person.export'")
                .query(Long.class)
                .single())
        .isEqualTo(auditsBefore + 1);
  }

  @Test
  void fuzzySearchFindsASimilarChineseNameThatIsNoPrefix() {
    // pg_trgm counts CJK characters as word characters here: 司马光远 and 司马光达 share 3 of 7.
    as(
        auth(CITY, Role.CITY_ADMIN),
        () -> persons.create(form(uniqueIdNumber(true), "司马光远", COMMUNITY)));
    var street = auth(STREET, Role.STREET_CASEWORKER);
    var exact =
        as(
            street,
            () ->
                search.search(
                    new PersonCriteria(null, "司马光达", false, null, null, null, null, true, 0, 20)));
    var fuzzy =
        as(
            street,
            () ->
                search.search(
                    new PersonCriteria(null, "司马光达", true, null, null, null, null, true, 0, 20)));
    assertThat(exact.content()).isEmpty();
    assertThat(fuzzy.content()).extracting(p -> p.name()).contains("司马光远");
  }

  private long audits(String action, long person, String outcome) {
    return jdbc.sql(
            "select count(*) from platform.audit_log where action = ? and target_id = ? and outcome = ?")
        .params(action, Long.toString(person), outcome)
        .query(Long.class)
        .single();
  }
}
