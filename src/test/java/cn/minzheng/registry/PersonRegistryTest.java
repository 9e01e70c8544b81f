package cn.minzheng.registry;

import static cn.minzheng.registry.RegistryTestData.CITY;
import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.registry.domain.person.PersonService;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PersonRegistryTest {

  @Autowired PersonService persons;
  @Autowired PersonDirectory directory;
  @Autowired RegistryFixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void storesNoReadableIdNumberOrPhoneButFindsThePersonByIdNumber() {
    String idNumber = uniqueIdNumber(false);
    var f = form(idNumber, "李秀英", COMMUNITY);
    f.setPhone("13912345678");
    long id = as(auth(CITY, Role.CITY_ADMIN), () -> persons.create(f));

    String dump =
        String.join(
            "\n", jdbc.sql("select p::text from registry.person p").query(String.class).list());
    String history =
        String.join(
            "\n",
            jdbc.sql("select h::text from registry.person_history h").query(String.class).list());
    assertThat(dump).doesNotContain(idNumber).doesNotContain("13912345678");
    assertThat(history).doesNotContain(idNumber).doesNotContain("13912345678");

    PersonSummary found = directory.findByIdNumber(IdCardNo.parse(idNumber)).orElseThrow();
    assertThat(found.id()).isEqualTo(id);
    assertThat(found.sex()).isEqualTo(Sex.FEMALE);
    assertThat(found.birthDate()).isEqualTo(IdCardNo.parse(idNumber).birthDate());
    assertThat(found.maskedIdNumber())
        .isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
  }

  @Test
  void keepsRareCharactersAndMiddleDotsInNamesIntact() throws Exception {
    for (String name : new String[] {"𠮷野家", "阿依古丽·买买提"}) {
      String body =
          """
          {"idNumber":"%s","name":"%s","residenceRegionCode":"%s","legalBasis":"STATUTORY_DUTY"}"""
              .formatted(uniqueIdNumber(false), name, COMMUNITY);
      String location =
          mvc.perform(
                  post("/api/v1/persons")
                      .with(authentication(auth(CITY, Role.CITY_ADMIN)))
                      .with(csrf())
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(body))
              .andExpect(status().isCreated())
              .andReturn()
              .getResponse()
              .getHeader("Location");
      mvc.perform(get(location).with(authentication(auth(CITY, Role.CITY_ADMIN))))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.person.name").value(name));
      long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
      assertThat(
              jdbc.sql("select name from registry.person where id = ?")
                  .param(id)
                  .query(String.class)
                  .single())
          .isEqualTo(name);
    }
  }

  @Test
  void refusesANameWithAnInvisibleRightToLeftOverrideOrZeroWidthSpaceNamingTheField()
      throws Exception {
    long before = jdbc.sql("select count(*) from registry.person").query(Long.class).single();
    for (String name : new String[] {"张伟\u202e", "张\u200b伟"}) {
      mvc.perform(
              post("/api/v1/persons")
                  .with(authentication(auth(CITY, Role.CITY_ADMIN)))
                  .with(csrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      """
                      {"idNumber":"%s","name":"%s","residenceRegionCode":"%s","legalBasis":"STATUTORY_DUTY"}"""
                          .formatted(uniqueIdNumber(false), name, COMMUNITY)))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.field").value("name"))
          .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不可见")));
    }
    assertThat(jdbc.sql("select count(*) from registry.person").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void refusesIdNumberWithWrongCheckDigitNamingTheField() throws Exception {
    String valid = uniqueIdNumber(true);
    char wrong = valid.charAt(17) == '1' ? '2' : '1';
    String invalid = valid.substring(0, 17) + wrong;
    long before = jdbc.sql("select count(*) from registry.person").query(Long.class).single();

    mvc.perform(
            post("/api/v1/persons")
                .with(authentication(auth(CITY, Role.CITY_ADMIN)))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"idNumber":"%s","name":"张伟","residenceRegionCode":"%s","legalBasis":"STATUTORY_DUTY"}"""
                        .formatted(invalid, COMMUNITY)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("idNumber"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("校验位")));

    mvc.perform(
            post("/registry/persons")
                .with(authentication(auth(CITY, Role.CITY_ADMIN)))
                .with(csrf())
                .param("idNumber", invalid)
                .param("name", "张伟")
                .param("residenceRegionCode", COMMUNITY)
                .param("legalBasis", "STATUTORY_DUTY"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("身份证号码校验位错误")));
    assertThat(jdbc.sql("select count(*) from registry.person").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void refusesSexThatContradictsTheIdNumber() throws Exception {
    mvc.perform(
            post("/api/v1/persons")
                .with(authentication(auth(CITY, Role.CITY_ADMIN)))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"idNumber":"%s","name":"王芳","sex":"FEMALE","birthDate":"1990-01-01",
                     "residenceRegionCode":"%s","legalBasis":"STATUTORY_DUTY"}"""
                        .formatted(uniqueIdNumber(true), COMMUNITY)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[?(@.field == 'sex')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field == 'birthDate')]").exists());
  }

  @Test
  void aChildUnder14CannotBeKeptOnTheirOwnConsent() {
    LocalDate birth = ChinaTime.today().minusYears(10);
    String body = "510104" + birth.toString().replace("-", "") + "203";
    String id = body + IdCardNo.checkChar(body);
    var f = form(id, "小明", COMMUNITY);
    f.setLegalBasis("APPLICATION_CONSENT");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> as(auth(CITY, Role.CITY_ADMIN), () -> persons.create(f)))
        .isInstanceOfSatisfying(
            cn.minzheng.registry.domain.validation.RegistryValidationException.class,
            e -> assertThat(e.errors()).anyMatch(err -> err.field().equals("legalBasis")));
  }

  @Test
  void apiPatchChangesOnlyTheGivenFieldsAndRefusesAStaleVersion() throws Exception {
    String idNumber = uniqueIdNumber(true);
    long id =
        as(auth(CITY, Role.CITY_ADMIN), () -> persons.create(form(idNumber, "卫国", COMMUNITY)));
    var street = auth(RegistryTestData.STREET, Role.STREET_CASEWORKER);

    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(
                    "/api/v1/persons/" + id)
                .with(authentication(street))
                .with(csrf())
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"address\":\"红星路2号\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.address").value("红星路2号"))
        .andExpect(jsonPath("$.person.name").value("卫国"))
        .andExpect(jsonPath("$.maskedPhone").value("138****1234"))
        .andExpect(jsonPath("$.version").value(1));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(
                    "/api/v1/persons/" + id)
                .with(authentication(street))
                .with(csrf())
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"address\":\"别处\"}"))
        .andExpect(status().isConflict());
  }

  @Test
  void apiSearchIgnoresSortFieldsOutsideTheWhitelist() throws Exception {
    as(
        auth(CITY, Role.CITY_ADMIN),
        () -> persons.create(form(uniqueIdNumber(false), "排序测试", COMMUNITY)));
    mvc.perform(
            get("/api/v1/persons")
                .param("name", "排序测试")
                .param("sort", "name; drop table registry.person")
                .with(authentication(auth(CITY, Role.CITY_ADMIN))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[0].name").value("排序测试"));
    assertThat(jdbc.sql("select count(*) from registry.person").query(Long.class).single())
        .isPositive();
  }
}
