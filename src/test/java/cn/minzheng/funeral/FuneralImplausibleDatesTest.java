package cn.minzheng.funeral;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.funeral.config.Facilities;
import cn.minzheng.funeral.config.FacilityKind;
import cn.minzheng.funeral.config.Ownership;
import cn.minzheng.funeral.halls.HallKind;
import cn.minzheng.funeral.halls.MemorialHalls;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.ServiceAccountAuthentication;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14 in the funeral pages: a date typed by a person is read by the platform's one rule
 * (PlausibleDate through DateField), so 0001-01-01, 9999-12-31 or a day that has not happened yet
 * gets a Chinese message naming the field, and nothing is stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FuneralImplausibleDatesTest {

  static final String OUT_OF_RANGE = "日期超出合理范围（1900-01-01 至 2100-12-31）";
  static final StaffAuthentication DISTRICT =
      auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER);

  @Autowired MockMvc mvc;
  @Autowired Facilities facilities;
  @Autowired MemorialHalls halls;
  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;
  @Autowired JdbcClient jdbc;

  @Test
  void anUnidentifiedBodyFoundIn0001OrReceivedTomorrowIsRefusedNamingTheField() throws Exception {
    String notice = "WM-" + UUID.randomUUID().toString().substring(0, 8);
    long home = home();
    mvc.perform(intake(notice, home, "0001-01-01", ChinaTime.today().toString()))
        .andExpect(status().is(422))
        .andExpect(content().string(containsString("发现日期：" + OUT_OF_RANGE)));
    LocalDate tomorrow = ChinaTime.today().plusDays(1);
    mvc.perform(intake(notice, home, ChinaTime.today().toString(), tomorrow.toString()))
        .andExpect(status().is(422))
        .andExpect(content().string(containsString("接收日期：日期不能晚于今天（" + ChinaTime.today() + "）")));
    assertThat(
            jdbc.sql("select count(*) from funeral.unidentified_body where police_notice_no = ?")
                .param(notice)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void hallSlotsFarAheadAndAnAbsurdDayToViewAreNamed() throws Exception {
    long hall = hall();
    mvc.perform(
            post("/funeral/halls/{id}/slots", hall)
                .param("from", "9999-12-31")
                .param("to", "9999-12-31")
                .with(authentication(DISTRICT))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("error", containsString("开放起始日期：" + OUT_OF_RANGE)));
    LocalDate inTwoYears = ChinaTime.today().plusYears(2);
    mvc.perform(
            post("/funeral/halls/{id}/slots", hall)
                .param("from", ChinaTime.today().toString())
                .param("to", inTwoYears.toString())
                .with(authentication(DISTRICT))
                .with(csrf()))
        .andExpect(flash().attribute("error", containsString("开放截止日期：日期应在今天前后一年之内")));
    assertThat(halls.slots(hall, ChinaTime.today(), inTwoYears)).isEmpty();
    mvc.perform(
            get("/funeral/halls")
                .param("hallId", "" + hall)
                .param("day", "0001-01-01")
                .with(authentication(DISTRICT)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("日期：" + OUT_OF_RANGE)));
  }

  @Test
  void aServiceRecordServedIn9999IsARowErrorNamingTheField() throws Exception {
    Person deceased = registry.person("殡日甲", RegistryTestData.COMMUNITY);
    RegistryTestData.as(
        auth(RegistryTestData.CITY, Role.CITY_ADMIN),
        () ->
            personCommands.recordDeath(
                deceased.id(), new DeathReport(LocalDate.of(2026, 11, 1), "STAFF", null, "测试")));
    String body =
        """
        {"records":[{"idNumber":"%s","item":"CREMATION","servedOn":"9999-12-31","charged":450}]}"""
            .formatted(deceased.idNumber());
    mvc.perform(
            post("/api/v1/funeral/facilities/" + home() + "/service-records")
                .header("Idempotency-Key", "absurd-" + UUID.randomUUID())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(
                    authentication(
                        new ServiceAccountAuthentication(
                            7, "funeral-home", "殡仪馆", Set.of("funeral:service-records"))))
                .with(csrf()))
        .andExpect(jsonPath("$.accepted").value(0))
        .andExpect(jsonPath("$.errors[0].message").value("服务日期：" + OUT_OF_RANGE));
  }

  private org.springframework.test.web.servlet.RequestBuilder intake(
      String notice, long home, String found, String received) {
    return post("/funeral/unidentified")
        .param("policeNoticeNo", notice)
        .param("policeUnit", "锦江区公安分局")
        .param("foundOn", found)
        .param("foundPlace", "锦江区测试河边")
        .param("description", "男性，约60岁")
        .param("facilityId", "" + home)
        .param("receivedOn", received)
        .with(authentication(DISTRICT))
        .with(csrf());
  }

  private long home() {
    return RegistryTestData.as(
        auth(RegistryTestData.CITY, Role.CITY_ADMIN),
        () ->
            facilities.add(
                "日期测试殡仪馆" + System.nanoTime(),
                FacilityKind.FUNERAL_HOME,
                Ownership.PUBLIC,
                RegistryTestData.DISTRICT,
                "测试路10号",
                "test"));
  }

  private long hall() {
    return RegistryTestData.as(
        auth(RegistryTestData.CITY, Role.CITY_ADMIN),
        () -> halls.add(home(), "日期厅" + System.nanoTime(), HallKind.COMPREHENSIVE, "test"));
  }
}
