package cn.minzheng.marriage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.marriage.domain.offices.OfficeActivation;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Office → day → slots: a full page without script, a small htmx fragment per day with it. */
@SpringBootTest
@AutoConfigureMockMvc
class PortalSlotPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Offices offices;
  @Autowired OfficeActivation activation;
  @Autowired JdbcClient jdbc;

  private final CitizenAuthentication citizen = CitizenAuthentication.of(new Citizen(870_001, 1));
  private final LocalDate tomorrow = ChinaTime.today().plusDays(1);

  private String get200(String path) throws Exception {
    return mvc.perform(get(path).with(authentication(citizen)).header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void theOfficePageShowsTheFirstDayWithSeatsAndLinksEveryDay() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long full = MarriageFixtures.slot(jdbc, office, tomorrow, 1);
    jdbc.sql("update booking.slot set booked = 1 where id = ?").param(full).update();
    long open = MarriageFixtures.slot(jdbc, office, tomorrow.plusDays(1), 2);

    String page = get200("/portal/marriage/offices/" + office);

    assertThat(page).contains("<html").contains("hx-get=\"/portal/marriage/offices/" + office);
    assertThat(page).contains("href=\"/portal/marriage/offices/" + office + "?day=" + tomorrow);
    assertThat(page).contains("data-testid=\"slot-" + open + "\"");
    assertThat(page).contains("约满");
  }

  @Test
  void aDayIsAnsweredWithASmallFragmentOfItsSlots() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long first = MarriageFixtures.slot(jdbc, office, tomorrow, 2);
    long later = MarriageFixtures.slot(jdbc, office, tomorrow.plusDays(3), 2);

    String fragment =
        get200("/portal/marriage/offices/" + office + "/slots?day=" + tomorrow.plusDays(3));

    assertThat(fragment).doesNotContain("<html").doesNotContain("<script");
    assertThat(fragment).contains("data-testid=\"slot-" + later + "\"");
    assertThat(fragment).doesNotContain("data-testid=\"slot-" + first + "\"");
    assertThat(fragment.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(8_000);
  }

  @Test
  void aDeactivatedOfficeHasNoBookingPage() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    activation.deactivate(office);
    mvc.perform(get("/portal/marriage/offices/" + office).with(authentication(citizen)))
        .andExpect(status().isNotFound());
  }

  @Test
  void thePortalLoadsHtmxFromTheApplicationItself() throws Exception {
    String page = get200("/portal/marriage");
    var script =
        java.util.regex.Pattern.compile("src=\"(/webjars/htmx\\.org/[^\"]*htmx\\.min\\.js)\"")
            .matcher(page);
    assertThat(script.find()).isTrue();
    assertThat(page).contains("hx-boost");
    mvc.perform(get(script.group(1))).andExpect(status().isOk());
  }
}
