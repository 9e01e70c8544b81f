package cn.minzheng.disability;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 精神障碍社区康复: the 精神康复专员 creates a station, enrols a person with the guardian's consent, records a
 * service; every read is audited; any other role is refused before anything is read, and a 精神康复专员
 * of another district gets 404 (nothing shows that the record exists).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RehabPagesTest {

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;

  @Test
  void theRehabOfficerEnrolsWithConsentRecordsAServiceAndEveryReadIsAudited() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    var officer = auth(RegistryTestData.DISTRICT, Role.MENTAL_HEALTH_REHAB);
    var person = registry.person("康复对象" + tag.substring(0, 2), RegistryTestData.COMMUNITY);
    mvc.perform(
            post("/disability/rehab/stations")
                .param("name", "康复站-" + tag)
                .param("regionCode", RegistryTestData.STREET)
                .param("operator", "阳光社工")
                .param("capacity", "20")
                .param("services", "生活技能训练")
                .with(authentication(officer))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("康复站-" + tag)));
    long station =
        jdbc.sql("select id from disability.rehab_station where name = ?")
            .param("康复站-" + tag)
            .query(Long.class)
            .single();
    mvc.perform(
            post("/disability/rehab/enrolments")
                .param("stationId", "" + station)
                .param("idNumber", person.idNumber())
                .param("consentBy", "GUARDIAN")
                .param("guardianName", "")
                .param("consentOn", "2026-05-01")
                .with(authentication(officer))
                .with(csrf()))
        .andExpect(content().string(Matchers.containsString("监护人同意的，请填写监护人姓名")));
    mvc.perform(
            post("/disability/rehab/enrolments")
                .param("stationId", "" + station)
                .param("idNumber", person.idNumber())
                .param("consentBy", "GUARDIAN")
                .param("guardianName", "王监护")
                .param("consentOn", "2026-05-01")
                .with(authentication(officer))
                .with(csrf()))
        .andExpect(content().string(Matchers.containsString("已纳入康复服务")));
    long enrolment =
        jdbc.sql("select id from disability.rehab_enrolment where person_id = ?")
            .param(person.id())
            .query(Long.class)
            .single();

    long readsBefore = audited("disability.rehab.read", enrolment);
    mvc.perform(get("/disability/rehab/enrolments/{id}", enrolment).with(authentication(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("监护人同意（王监护）")));
    assertThat(audited("disability.rehab.read", enrolment)).isEqualTo(readsBefore + 1);

    for (Role other :
        new Role[] {
          Role.STREET_CASEWORKER, Role.DISTRICT_APPROVER, Role.CITY_ADMIN, Role.AUDITOR
        }) {
      mvc.perform(
              get("/disability/rehab/enrolments/{id}", enrolment)
                  .with(authentication(auth(RegistryTestData.CITY, other))))
          .andExpect(status().isForbidden());
    }
    mvc.perform(
            get("/disability/rehab/enrolments/{id}", enrolment)
                .with(authentication(auth("510105000000", Role.MENTAL_HEALTH_REHAB))))
        .andExpect(status().isNotFound());
    assertThat(audited("disability.rehab.read", enrolment)).isEqualTo(readsBefore + 1);
  }

  private long audited(String action, long enrolment) {
    return jdbc.sql("select count(*) from platform.audit_log where action = ? and target_id = ?")
        .params(action, Long.toString(enrolment))
        .query(Long.class)
        .single();
  }
}
