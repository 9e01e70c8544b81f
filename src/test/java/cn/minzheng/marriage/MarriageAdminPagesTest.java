package cn.minzheng.marriage;

import static cn.minzheng.marriage.MarriageFixtures.adult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.marriage.domain.offices.PeakDays;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class MarriageAdminPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Offices offices;
  @Autowired PeakDays peakDays;
  @Autowired RegistryFixtures registry;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  private final cn.minzheng.platform.StaffAuthentication clerk =
      RegistryTestData.auth(MarriageFixtures.JINJIANG, Role.STREET_CASEWORKER);

  @Test
  void cityAdministratorMarksAPeakDayThatThenCounts() throws Exception {
    LocalDate day = ChinaTime.today().plusDays(40);
    var admin = RegistryTestData.auth(RegistryTestData.CITY, Role.CITY_ADMIN);
    mvc.perform(
            post("/marriage/admin/calendar/peak-days")
                .with(authentication(admin))
                .with(csrf())
                .param("day", day.toString())
                .param("name", "集体婚礼日"))
        .andExpect(status().is3xxRedirection());
    assertThat(peakDays.nameOf(day)).contains("集体婚礼日");
    String page =
        mvc.perform(get("/marriage/admin/calendar").with(authentication(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("集体婚礼日").contains("七夕");
    // this year's peak days, past ones included, and next year's
    int year = ChinaTime.today().getYear();
    assertThat(page)
        .contains(year + "-02-14 情人节")
        .contains(year + "-05-20 520")
        .contains(PeakDays.qixi(year) + " 七夕")
        .contains((year + 1) + "-02-14 情人节")
        .contains((year + 1) + "-05-20 520");
  }

  @Test
  void markingAPeakDayWhoseSlotsExistWarnsAndOffersTheirReplanningWithAConfirmation()
      throws Exception {
    // within the year the page lists; no other test makes slots that far ahead
    LocalDate day = ChinaTime.today().plusDays(200);
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, day, 3);
    var admin = RegistryTestData.auth(RegistryTestData.CITY, Role.CITY_ADMIN);

    var marked =
        mvc.perform(
                post("/marriage/admin/calendar/peak-days")
                    .with(authentication(admin))
                    .with(csrf())
                    .param("day", day.toString())
                    .param("name", "测试补标高峰日"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("staleDay", day.toString()))
            .andExpect(flash().attribute("staleSlots", 1))
            .andExpect(flash().attribute("staleBooked", 0))
            .andReturn();
    // the flash attributes live in the (JDBC) session: the page after the redirect shows them
    jakarta.servlet.http.Cookie session = marked.getResponse().getCookie("SESSION");
    assertThat(session).as("the session holding the flash attributes").isNotNull();
    String page =
        mvc.perform(get("/marriage/admin/calendar").with(authentication(admin)).cookie(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("data-testid=\"calendar-stale-warning\"")
        .contains("data-testid=\"stale-" + day + "\"")
        .contains("将按高峰日规则重新生成 " + day + " 各登记处的时段")
        .contains("不取消、不改期");

    // nobody but the calendar's administrators re-plans
    mvc.perform(
            post("/marriage/admin/calendar/regenerate")
                .with(authentication(clerk))
                .with(csrf())
                .param("day", day.toString()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/marriage/admin/calendar/regenerate")
                .with(authentication(admin))
                .with(csrf())
                .param("day", day.toString()))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            flash().attribute("message", org.hamcrest.Matchers.containsString("删除未预约的 1 个")));
    // the office has no peak template nor templates at all: its unbooked slot is gone
    assertThat(
            jdbc.sql("select count(*) from booking.slot where id = ?")
                .param(slot)
                .query(Long.class)
                .single())
        .isZero();
    String after =
        mvc.perform(get("/marriage/admin/calendar").with(authentication(admin)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(after).doesNotContain("data-testid=\"stale-" + day + "\"");
  }

  @Test
  void anOfficesSlotsAreReplannedByItsTemplatesOnlyByTheAdministrators() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    var admin = RegistryTestData.auth(RegistryTestData.CITY, Role.CITY_ADMIN);

    mvc.perform(
            post("/marriage/admin/offices/" + office + "/regenerate")
                .with(authentication(clerk))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/marriage/admin/offices/" + office + "/regenerate")
                .with(authentication(admin))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("已按当前模板重新生成")));
    String page =
        mvc.perform(get("/marriage/admin/offices/" + office).with(authentication(admin)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("data-testid=\"office-regenerate\"").contains("确定重新生成吗？");
  }

  @Test
  void cityAdministratorCreatesAnOfficeWithSaturdayAndPeakDayTemplates() throws Exception {
    var admin = RegistryTestData.auth(RegistryTestData.CITY, Role.CITY_ADMIN);
    String code = "P" + System.nanoTime() % 100_000_000;
    String location =
        mvc.perform(
                post("/marriage/admin/offices")
                    .with(authentication(admin))
                    .with(csrf())
                    .param("code", code)
                    .param("name", "锦城公园婚姻登记处")
                    .param("kind", "PARK")
                    .param("regionCode", MarriageFixtures.JINJIANG)
                    .param("address", "锦江区锦城公园")
                    .param("latitude", "30.59")
                    .param("longitude", "104.10")
                    .param("openingHours", "周一至周六 9:00-17:00"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).matches("/marriage/admin/offices/\\d+");
    for (String day : new String[] {"SATURDAY", ""}) {
      mvc.perform(
              post(location + "/templates")
                  .with(authentication(admin))
                  .with(csrf())
                  .param("dayOfWeek", day)
                  .param("start", "09:00")
                  .param("end", "09:30")
                  .param("capacity", "4"))
          .andExpect(status().is3xxRedirection());
    }
    mvc.perform(
            post(location + "/templates")
                .with(authentication(admin))
                .with(csrf())
                .param("dayOfWeek", "MONDAY")
                .param("start", "10:00")
                .param("capacity", "四"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("error", "请填写开始和结束时间（HH:mm）及容量；结束时间须晚于开始时间，容量须大于0"));
    String page =
        mvc.perform(get(location).with(authentication(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("锦城公园婚姻登记处").contains("星期六").contains("高峰日");
    assertThat(page).doesNotContain("10:00");
  }

  @Test
  void anOfficeInAnUnknownRegionIsRefused() throws Exception {
    var admin = RegistryTestData.auth(RegistryTestData.CITY, Role.CITY_ADMIN);
    mvc.perform(
            post("/marriage/admin/offices")
                .with(authentication(admin))
                .with(csrf())
                .param("code", "BAD1")
                .param("name", "无效登记处")
                .param("kind", "DISTRICT")
                .param("regionCode", "999999999999")
                .param("address", "某地")
                .param("openingHours", "周一"))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("error", org.hamcrest.Matchers.containsString("区划")));
    assertThat(offices.all()).noneMatch(o -> o.code().equals("BAD1"));
  }

  @Test
  void clerkMayNotChangeTheCalendar() throws Exception {
    mvc.perform(get("/marriage/admin/calendar").with(authentication(clerk)))
        .andExpect(status().isForbidden());
  }

  @Test
  void divorceApplicationPagesShowTheCoolingOffEnd() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    String man = adult(true);
    String woman = adult(false);
    registry.person(man, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.MARRIED).id();
    registry.person(woman, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.MARRIED).id();
    mvc.perform(get("/marriage/divorces/new").with(authentication(clerk)))
        .andExpect(status().isOk());

    String location =
        mvc.perform(
                post("/marriage/divorces")
                    .with(authentication(clerk))
                    .with(csrf())
                    .param("office", "" + office)
                    .param("firstIdNumber", man)
                    .param("secondIdNumber", woman))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String detail =
        mvc.perform(get(location).with(authentication(clerk)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    LocalDate today = ChinaTime.today();
    assertThat(detail).contains("冷静期").contains(today.plusDays(30).toString());
    assertThat(detail).contains(today.plusDays(60).toString());
  }

  @Test
  void clerkCreatesACollectiveWeddingAndSeesItsPage() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    String location =
        mvc.perform(
                post("/marriage/weddings")
                    .with(authentication(clerk))
                    .with(csrf())
                    .param("office", "" + office)
                    .param("day", "2031-10-10")
                    .param("title", "七夕集体婚礼")
                    .param("capacity", "30"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String page =
        mvc.perform(get(location).with(authentication(clerk)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("七夕集体婚礼").contains("0/30");
    mvc.perform(get("/marriage/weddings").with(authentication(clerk))).andExpect(status().isOk());
  }

  @Test
  void statisticsPageRenders() throws Exception {
    mvc.perform(get("/marriage/statistics").with(authentication(clerk))).andExpect(status().isOk());
  }

  @Test
  void portalOfficeListAndBookingFormRender() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, ChinaTime.today().plusDays(1), 2);
    String own = adult(true);
    long person =
        registry.person(own, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    var citizen =
        cn.minzheng.portal.CitizenAuthentication.of(
            new cn.minzheng.portal.CitizenAuthentication.Citizen(880_001, person));
    String list =
        mvc.perform(get("/portal/marriage").with(authentication(citizen)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list).contains(offices.find(office).orElseThrow().name());
    mvc.perform(get("/portal/marriage/book").param("slot", "" + slot).with(authentication(citizen)))
        .andExpect(status().isOk());
    // a slot that is no registry office's is not found
    mvc.perform(get("/portal/marriage/book").param("slot", "-1").with(authentication(citizen)))
        .andExpect(status().isNotFound());
  }

  @Test
  void anonymousVisitorIsSentToThePortalLogin() throws Exception {
    mvc.perform(get("/portal/marriage")).andExpect(status().is3xxRedirection());
  }
}
