package cn.minzheng.registry;

import static cn.minzheng.registry.RegistryTestData.CITY;
import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.as;
import static cn.minzheng.registry.RegistryTestData.auth;
import static cn.minzheng.registry.RegistryTestData.form;
import static cn.minzheng.testing.IdNumbers.uniqueIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.ServiceAccountAuthentication;
import cn.minzheng.registry.domain.person.PersonService;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class DeathRecordingTest {

  @Autowired PersonService persons;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  private static ServiceAccountAuthentication healthDepartment() {
    return new ServiceAccountAuthentication(
        1, "health-dept", "市卫生健康委员会", java.util.Set.of("registry:death-report"));
  }

  private long diedEventsFor(long personId) {
    return events.stream(PersonDied.class).filter(e -> e.personId() == personId).count();
  }

  @Test
  void publishesPersonDiedOnceWhenTheHealthDepartmentReportsTheSameDeathTwice() throws Exception {
    String idNumber = uniqueIdNumber(true);
    long id =
        as(auth(CITY, Role.CITY_ADMIN), () -> persons.create(form(idNumber, "赵大爷", COMMUNITY)));
    String body =
        """
        {"idNumber":"%s","dateOfDeath":"%s","certificateNumber":"SC2026-0001"}"""
            .formatted(idNumber.toLowerCase(), ChinaTime.today().minusDays(2));

    mvc.perform(
            post("/api/v1/deaths")
                .with(authentication(healthDepartment()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.personId").value(id));
    mvc.perform(
            post("/api/v1/deaths")
                .with(authentication(healthDepartment()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.certificateNumber").value("SC2026-0001"))
        .andExpect(jsonPath("$.newlyRecorded").value(false));

    assertThat(diedEventsFor(id)).isEqualTo(1);
    assertThat(
            jdbc.sql("select life_status from registry.person where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("DECEASED");
    long audits =
        jdbc.sql(
                "select count(*) from platform.audit_log where action = 'person.death' and target_id = ?")
            .param(Long.toString(id))
            .query(Long.class)
            .single();
    assertThat(audits).as("both reports audited").isEqualTo(2);
  }

  @Test
  void staffDeathFormRecordsOnceAndRefusesAFutureDate() throws Exception {
    long id =
        as(
            auth(CITY, Role.CITY_ADMIN),
            () -> persons.create(form(uniqueIdNumber(false), "钱奶奶", COMMUNITY)));
    var staff = auth(STREET, Role.STREET_CASEWORKER);

    mvc.perform(
            post("/registry/persons/" + id + "/death")
                .with(authentication(staff))
                .with(csrf())
                .param("dateOfDeath", ChinaTime.today().plusDays(1).toString())
                .param("reason", "社区报告")
                .param("confirmed", "true"))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("死亡日期：日期不能晚于今天")));
    assertThat(diedEventsFor(id)).isZero();

    for (int i = 0; i < 2; i++) {
      mvc.perform(
              post("/registry/persons/" + id + "/death")
                  .with(authentication(staff))
                  .with(csrf())
                  .param("dateOfDeath", ChinaTime.today().minusDays(1).toString())
                  .param("reason", "社区报告")
                  .param("confirmed", "true"))
          .andExpect(status().is3xxRedirection());
    }
    assertThat(diedEventsFor(id)).isEqualTo(1);
  }

  @Test
  void refusesADateOfDeathBeforeBirth() {
    String idNumber = uniqueIdNumber(true);
    long id =
        as(auth(CITY, Role.CITY_ADMIN), () -> persons.create(form(idNumber, "孙先生", COMMUNITY)));
    LocalDate birth = cn.minzheng.shared.IdCardNo.parse(idNumber).birthDate();
    assertThatThrownBy(
            () -> commands.recordDeath(id, new DeathReport(birth.minusDays(1), "STAFF", null, "x")))
        .isInstanceOfSatisfying(
            DeathReportRejectedException.class,
            e -> assertThat(e.field()).isEqualTo("dateOfDeath"));
    assertThat(diedEventsFor(id)).isZero();
  }

  @Autowired PersonCommands commands;

  @Test
  void refusesDeathReportsWithoutTheDeathReportScope() throws Exception {
    mvc.perform(
            post("/api/v1/deaths")
                .with(
                    authentication(
                        new ServiceAccountAuthentication(
                            2, "other-feed", "市医保局", java.util.Set.of("registry:read"))))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"idNumber\":\"11010519491231002X\",\"dateOfDeath\":\"2024-01-01\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/deaths")
                .with(authentication(auth(CITY, Role.CITY_ADMIN)))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"idNumber\":\"11010519491231002X\",\"dateOfDeath\":\"2024-01-01\"}"))
        .andExpect(status().isForbidden());
  }
}
