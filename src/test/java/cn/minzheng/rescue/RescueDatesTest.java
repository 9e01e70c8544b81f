package cn.minzheng.rescue;

import static cn.minzheng.registry.RegistryTestData.as;
import static cn.minzheng.rescue.RescueTestData.CITY;
import static cn.minzheng.rescue.RescueTestData.JINJIANG;
import static cn.minzheng.rescue.RescueTestData.JINJIANG_STAFF;
import static cn.minzheng.rescue.RescueTestData.arrivalDaysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.rescue.intake.Admissions;
import cn.minzheng.rescue.intake.Admissions.Description;
import cn.minzheng.rescue.stations.RescueStations;
import cn.minzheng.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Absurd dates on the rescue pages (shared.PlausibleDate) are refused with a Chinese message naming
 * the field and write nothing: an admission in the year 1, an extension to 2999 or to the day after
 * a year from today (an extension lies within a year of today); a year from today is accepted.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RescueDatesTest {

  @Autowired MockMvc mvc;
  @Autowired RescueStations stations;
  @Autowired Admissions admissions;
  @Autowired JdbcClient jdbc;

  @Test
  void anAdmissionInTheYearOneIsRefusedNamingTheField() throws Exception {
    long station = RescueTestData.station(stations, JINJIANG);
    mvc.perform(
            post("/rescue/intakes/unidentified")
                .param("description", "男，约30岁")
                .param("sex", "MALE")
                .param("estimatedAge", "30")
                .param("stationId", String.valueOf(station))
                .param("admittedOn", "0001-01-01")
                .param("foundPlace", "火车北站")
                .param("referredBy", "POLICE")
                .with(authentication(JINJIANG_STAFF))
                .with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("入站日期：日期超出合理范围（1900-01-01 至 2100-12-31）")));
    assertThat(
            jdbc.sql("select count(*) from rescue.intake where station_id = ?")
                .param(station)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anExtensionBeyondAYearIsRefusedAndOneWithinItIsKept() throws Exception {
    long station = RescueTestData.station(stations, JINJIANG);
    long stay =
        as(
            CITY,
            () ->
                admissions.admitUnidentified(
                    new Description("女，约70岁", "FEMALE", "70", null),
                    arrivalDaysAgo(station, 3),
                    code -> true,
                    "t"));
    mvc.perform(extend(stay, "2999-01-01"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("延长至：日期超出合理范围（1900-01-01 至 2100-12-31）")));
    mvc.perform(extend(stay, ChinaTime.today().plusYears(1).plusDays(1).toString()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("延长至：日期应在今天前后一年之内")));
    assertThat(extensions(stay)).isZero();

    mvc.perform(extend(stay, ChinaTime.today().plusYears(1).toString()))
        .andExpect(status().is3xxRedirection());
    assertThat(extensions(stay)).isEqualTo(1);
  }

  private org.springframework.test.web.servlet.RequestBuilder extend(long stay, String until) {
    return post("/rescue/intakes/" + stay + "/extensions")
        .param("until", until)
        .param("reason", "等待寻亲结果")
        .with(authentication(JINJIANG_STAFF))
        .with(csrf());
  }

  private long extensions(long stay) {
    return jdbc.sql("select count(*) from rescue.stay_extension where intake_id = ?")
        .param(stay)
        .query(Long.class)
        .single();
  }
}
