package cn.minzheng.rescue;

import static cn.minzheng.registry.RegistryTestData.as;
import static cn.minzheng.rescue.RescueTestData.CITY;
import static cn.minzheng.rescue.RescueTestData.JINJIANG;
import static cn.minzheng.rescue.RescueTestData.arrivalDaysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.StaffSignIn;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.rescue.intake.Admissions;
import cn.minzheng.rescue.intake.Admissions.Description;
import cn.minzheng.rescue.intake.IntakeQueries;
import cn.minzheng.rescue.stations.RescueStations;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 救助站工作人员 (RESCUE_STATION): an account bound by the city to its station sees that station's intakes
 * only — a district station under the same city node answers 404 on page, API and photo and is
 * missing from the lists — takes people in only there, and has no statistics; an account not bound
 * to a station sees nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RescueStationRoleTest {

  @Autowired MockMvc mvc;
  @Autowired RescueStations stations;
  @Autowired Admissions admissions;
  @Autowired IntakeQueries queries;
  @Autowired JdbcClient jdbc;

  @Test
  void aStationAccountSeesAndWorksAtItsOwnStationOnly() throws Exception {
    long mine = RescueTestData.station(stations, RegistryTestData.CITY);
    long other = RescueTestData.station(stations, JINJIANG); // under the city node
    StaffAuthentication staff = stationAccount(RegistryTestData.CITY);
    bind(staff, mine).andExpect(status().is3xxRedirection());
    long own = admitUnknown(mine, false);
    long foreign = admitUnknown(other, true);
    String ownNo = queries.find(own).orElseThrow().intakeNo();
    String foreignNo = queries.find(foreign).orElseThrow().intakeNo();
    long foreignPhoto =
        jdbc.sql(
                "select p.id from rescue.photo p join rescue.intake i"
                    + " on i.unidentified_id = p.unidentified_id where i.id = ?")
            .param(foreign)
            .query(Long.class)
            .single();

    mvc.perform(get("/rescue/intakes/" + own).with(authentication(staff)))
        .andExpect(status().isOk());
    mvc.perform(get("/rescue/intakes/" + foreign).with(authentication(staff)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/rescue/intakes/" + foreign).with(authentication(staff)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/rescue/photos/" + foreignPhoto).with(authentication(staff)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/rescue/intakes/" + foreign + "/extensions")
                .param("until", java.time.LocalDate.now().plusDays(20).toString())
                .param("reason", "等待寻亲结果")
                .with(authentication(staff))
                .with(csrf()))
        .andExpect(status().isNotFound());
    // the lists: its own station's stays, whatever station it asks for
    mvc.perform(
            get("/rescue/intakes")
                .param("state", "ALL")
                .param("station", String.valueOf(other))
                .with(authentication(staff)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(ownNo)))
        .andExpect(content().string(not(containsString(foreignNo))));
    mvc.perform(get("/api/v1/rescue/intakes").param("state", "ALL").with(authentication(staff)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(ownNo)))
        .andExpect(content().string(not(containsString(foreignNo))));
    mvc.perform(get("/api/v1/rescue/stations").with(authentication(staff)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].id").value(mine));
    // the city sees both
    mvc.perform(get("/rescue/intakes").param("state", "ALL").with(authentication(CITY)))
        .andExpect(content().string(containsString(foreignNo)));

    // taking someone in at another station: refused naming the field, nothing written
    long before = intakesAt(other);
    mvc.perform(
            post("/rescue/intakes/unidentified")
                .param("description", "女，约40岁，蓝色外套")
                .param("sex", "FEMALE")
                .param("estimatedAge", "40")
                .param("stationId", String.valueOf(other))
                .param("admittedOn", java.time.LocalDate.now().toString())
                .param("foundPlace", "春熙路")
                .param("referredBy", "POLICE")
                .with(authentication(staff))
                .with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("救助站：请选择您所在的救助站")));
    mvc.perform(
            post("/api/v1/rescue/intakes")
                .contentType("application/json")
                .content(
                    "{\"idNumber\":\"110101199003077777\",\"stationId\":\""
                        + other
                        + "\",\"admittedOn\":\""
                        + java.time.LocalDate.now()
                        + "\",\"foundPlace\":\"春熙路\",\"referredBy\":\"POLICE\"}")
                .with(authentication(staff))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("救助站：请选择您所在的救助站")));
    assertThat(intakesAt(other)).isEqualTo(before);

    // statistics and adding stations are not the station's work
    mvc.perform(get("/rescue/statistics").with(authentication(staff)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/rescue/statistics").with(authentication(staff)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/rescue/stations").param("name", "不应添加").with(authentication(staff)).with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void anAccountNotBoundToAStationSeesNoStay() throws Exception {
    long station = RescueTestData.station(stations, JINJIANG);
    long stay = admitUnknown(station, false);
    String stayNo = queries.find(stay).orElseThrow().intakeNo();
    StaffAuthentication unbound = stationAccount(JINJIANG);

    mvc.perform(get("/rescue/intakes/" + stay).with(authentication(unbound)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/rescue/intakes").param("state", "ALL").with(authentication(unbound)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString(stayNo))));
  }

  @Test
  void onlyTheCityBindsAndOnlyAStationAccountOfTheStationsRegion() throws Exception {
    long station = RescueTestData.station(stations, JINJIANG);
    StaffAuthentication elsewhere = stationAccount(RescueTestData.QINGYANG);
    StaffAuthentication approver = account(JINJIANG, Role.DISTRICT_APPROVER);

    bind(elsewhere, station)
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("账号：所属区划与救助站所在区划不一致")));
    bind(approver, station)
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("账号：不存在、已停用或不是救助站工作人员")));
    assertThat(
            jdbc.sql("select count(*) from rescue.station_staff where station_id = ?")
                .param(station)
                .query(Long.class)
                .single())
        .isZero();
    mvc.perform(
            post("/rescue/stations/" + station + "/staff")
                .param("username", elsewhere.getName())
                .with(authentication(RescueTestData.JINJIANG_STAFF))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  private org.springframework.test.web.servlet.ResultActions bind(
      StaffAuthentication account, long station) throws Exception {
    return mvc.perform(
        post("/rescue/stations/" + station + "/staff")
            .param("username", account.getName())
            .with(authentication(CITY))
            .with(csrf()));
  }

  private StaffAuthentication stationAccount(String region) {
    return account(region, Role.RESCUE_STATION);
  }

  /** A real account (binding checks it exists) and its authentication. */
  private StaffAuthentication account(String region, Role role) {
    String username = "st_" + UUID.randomUUID().toString().substring(0, 8);
    StaffSignIn.createAccount(jdbc, username, "站员", "{noop}x", role, region);
    long id =
        jdbc.sql("select id from platform.staff_account where username = ?")
            .param(username)
            .query(Long.class)
            .single();
    return StaffAuthentication.of(new StaffUser(id, username, "站员", region, Set.of(role)));
  }

  private long intakesAt(long station) {
    return jdbc.sql("select count(*) from rescue.intake where station_id = ?")
        .param(station)
        .query(Long.class)
        .single();
  }

  private long admitUnknown(long station, boolean photo) {
    return as(
        CITY,
        () ->
            admissions.admitUnidentified(
                new Description("男，约50岁，灰色外套", "MALE", "50", photo ? RescuePagesTest.PNG : null),
                arrivalDaysAgo(station, 1),
                code -> true,
                "t"));
  }
}
