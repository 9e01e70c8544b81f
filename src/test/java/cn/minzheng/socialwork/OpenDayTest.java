package cn.minzheng.socialwork;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.socialwork.opendays.OpenDays;
import cn.minzheng.socialwork.opendays.RegistrationStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 开放日: no more registrations than places whatever the concurrency (the booking engine decides), one
 * registration per citizen and open day, cancelling frees the place, feedback only from a visitor
 * who attended (once, rating 1–5), visitors per open day, and the region scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenDayTest {

  static final String DISTRICT_CODE = "510104000000";
  static final StaffAuthentication DISTRICT = auth(DISTRICT_CODE, Role.DISTRICT_APPROVER);
  static final StaffAuthentication OTHER_DISTRICT = auth("510105000000", Role.DISTRICT_APPROVER);
  static final StaffAuthentication AUDITOR = auth("510100000000", Role.AUDITOR);
  static final StaffAuthentication COMMUNITY =
      auth(RegistryTestData.COMMUNITY, Role.COMMUNITY_WORKER);

  @Autowired MockMvc mvc;
  @Autowired OpenDays openDays;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;

  @Test
  void twentyCitizensRacingForTheLastThreePlacesLeaveExactlyThreeRegistered() throws Exception {
    LocalDate today = ChinaTime.today();
    long day = openDay(today.plusDays(10), 10, today.minusDays(1), today.plusDays(5));
    for (int i = 0; i < 7; i++) {
      openDays.register(day, citizen("早报名" + i));
    }
    List<Long> racers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      racers.add(citizen("抢名额" + i));
    }

    List<Boolean> outcomes = race(racers.size(), n -> registers(day, racers.get(n)));

    assertThat(outcomes).filteredOn(won -> won).hasSize(3);
    assertThat(openDays.find(day).orElseThrow().registered()).isEqualTo(10);
    assertThat(booked(day)).isEqualTo(10);
    assertThatThrownBy(() -> openDays.register(day, citizen("迟到者")))
        .isInstanceOf(Rejected.class)
        .hasMessageContaining("名额已满");
  }

  @Test
  void aCitizenRegistersOnceEvenWhenTheRequestsRace() throws Exception {
    LocalDate today = ChinaTime.today();
    long day = openDay(today.plusDays(7), 50, today, today.plusDays(7));
    long person = citizen("重复报名者");

    List<Boolean> outcomes = race(10, n -> registers(day, person));

    assertThat(outcomes).filteredOn(won -> won).hasSize(1);
    assertThat(openDays.registrations(day)).hasSize(1);
    assertThat(booked(day)).isEqualTo(1);
    assertThatThrownBy(() -> openDays.register(day, person))
        .isInstanceOf(Rejected.class)
        .hasMessageContaining("每人限报一次");
  }

  @Test
  void cancellingInThePortalFreesThePlaceForAnother() throws Exception {
    LocalDate today = ChinaTime.today();
    long day = openDay(today.plusDays(3), 1, today, today.plusDays(2));
    long first = citizen("先报名");
    long second = citizen("后报名");
    mvc.perform(
            post("/portal/open-days/" + day + "/register").with(citizenAuth(first)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/portal/open-days/" + day + "/register").with(citizenAuth(second)).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("名额已满")));
    long registration = openDays.mine(first).get(0).id();
    // another citizen's registration is not found
    mvc.perform(
            post("/portal/open-days/registrations/" + registration + "/cancel")
                .with(citizenAuth(second))
                .with(csrf()))
        .andExpect(status().isNotFound());

    mvc.perform(
            post("/portal/open-days/registrations/" + registration + "/cancel")
                .with(citizenAuth(first))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertThat(booked(day)).isZero();
    assertThat(openDays.mine(first).get(0).status()).isEqualTo(RegistrationStatus.CANCELLED);
    mvc.perform(
            post("/portal/open-days/" + day + "/register").with(citizenAuth(second)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(booked(day)).isEqualTo(1);
    // after cancelling, the first may register again, but the place is taken now
    assertThatThrownBy(() -> openDays.register(day, first)).hasMessageContaining("名额已满");
  }

  @Test
  void registrationOnlyInsideTheWindowAndCancellingNotOnTheDay() {
    LocalDate today = ChinaTime.today();
    long notYet = openDay(today.plusDays(9), 5, today.plusDays(1), today.plusDays(8));
    long closed = openDay(today.plusDays(9), 5, today.minusDays(5), today.minusDays(1));
    long lastDay = openDay(today, 5, today.minusDays(5), today);
    long person = citizen("窗口测试");

    assertThatThrownBy(() -> openDays.register(notYet, person)).hasMessageContaining("报名尚未开始");
    assertThatThrownBy(() -> openDays.register(closed, person)).hasMessageContaining("报名已截止");
    long registration = openDays.register(lastDay, person);
    assertThatThrownBy(() -> openDays.cancel(registration, person))
        .hasMessageContaining("活动当天及之后不能取消报名");
  }

  @Test
  void onlyAVisitorWhoAttendedGivesFeedbackOnceAndIsCountedAsVisitor() throws Exception {
    LocalDate today = ChinaTime.today();
    long day = openDay(today, 5, today.minusDays(3), today);
    long visitor = citizen("到场者");
    long absent = citizen("缺席者");
    long came = openDays.register(day, visitor);
    long stayedAway = openDays.register(day, absent);

    mvc.perform(
            post("/portal/open-days/registrations/" + came + "/feedback")
                .param("rating", "5")
                .with(citizenAuth(visitor))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("到场参加活动后才能评价")));

    attendance(day, came, true);
    attendance(day, stayedAway, false);

    assertThatThrownBy(() -> openDays.feedback(stayedAway, absent, "4", "没去成"))
        .hasMessageContaining("到场参加活动后才能评价");
    assertThatThrownBy(() -> openDays.feedback(came, visitor, "6", "太好了"))
        .hasMessageContaining("评分：请选择1至5分");
    assertThatThrownBy(() -> openDays.feedback(came, visitor, "0", ""))
        .isInstanceOf(Rejected.class);
    mvc.perform(
            post("/portal/open-days/registrations/" + came + "/feedback")
                .param("rating", "5")
                .param("feedback", "窗口服务很贴心")
                .with(citizenAuth(visitor))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThatThrownBy(() -> openDays.feedback(came, visitor, "1", "改评"))
        .hasMessageContaining("您已评价过本次活动");
    // 好差评: the feedback is the portal's rating of the open day, not a second one
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(90))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql(
                                "select stars || ':' || comment from portal.service_rating"
                                    + " where service = 'socialwork.open-day' and reference = ?"
                                    + " and person_id = ?")
                            .params(Long.toString(came), visitor)
                            .query(String.class)
                            .list())
                    .containsExactly("5:窗口服务很贴心"));

    assertThat(openDays.find(day).orElseThrow().attended()).isEqualTo(1);
    mvc.perform(get("/socialwork/open-days/" + day).with(authentication(DISTRICT)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("窗口服务很贴心")))
        .andExpect(content().string(Matchers.containsString("已到场")))
        .andExpect(content().string(Matchers.containsString("未到场")));
    mvc.perform(get("/socialwork/open-days").with(authentication(AUDITOR)))
        .andExpect(status().isOk())
        .andExpect(
            content().string(Matchers.containsString("data-testid=\"visitors-" + day + "\">1<")));
    mvc.perform(get("/api/v1/socialwork/open-days/" + day).with(authentication(AUDITOR)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.attended").value(1))
        .andExpect(jsonPath("$.registered").value(2));
  }

  @Test
  void attendanceIsNotMarkedBeforeTheOpenDay() throws Exception {
    LocalDate today = ChinaTime.today();
    long day = openDay(today.plusDays(2), 5, today, today.plusDays(1));
    long registration = openDays.register(day, citizen("提前登记"));
    mvc.perform(
            post("/socialwork/open-days/" + day + "/registrations/" + registration + "/attendance")
                .param("attended", "true")
                .with(authentication(DISTRICT))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("活动尚未举行，不能登记到场")));
    assertThat(openDays.registration(registration).orElseThrow().status())
        .isEqualTo(RegistrationStatus.BOOKED);
  }

  @Test
  void staffCreateOpenDaysInTheirRegionAndAnotherDistrictsIsNotFound() throws Exception {
    LocalDate today = ChinaTime.today();
    String location =
        mvc.perform(
                post("/socialwork/open-days")
                    .param("title", "民政服务开放日")
                    .param("place", "锦江区民政局大厅")
                    .param("heldOn", today.plusDays(14).toString())
                    .param("startsAt", "09:00")
                    .param("endsAt", "11:30")
                    .param("capacity", "40")
                    .param("registrationOpens", today.toString())
                    .param("registrationCloses", today.plusDays(12).toString())
                    .with(authentication(DISTRICT))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    OpenDays.OpenDay created = openDays.find(id).orElseThrow();
    assertThat(created.regionCode()).isEqualTo(DISTRICT_CODE);
    assertThat(created.capacity()).isEqualTo(40);
    assertThat(created.free()).isEqualTo(40);

    mvc.perform(
            post("/socialwork/open-days")
                .param("title", "倒置")
                .param("place", "大厅")
                .param("heldOn", today.plusDays(5).toString())
                .param("startsAt", "11:00")
                .param("endsAt", "09:00")
                .param("capacity", "0")
                .param("registrationOpens", today.toString())
                .param("registrationCloses", today.plusDays(6).toString())
                .with(authentication(DISTRICT))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("结束时间：须晚于开始时间")))
        .andExpect(content().string(Matchers.containsString("名额：请填写1至10000之间的整数")))
        .andExpect(content().string(Matchers.containsString("报名截止日期：须不晚于活动日期")));

    mvc.perform(get("/socialwork/open-days/" + id).with(authentication(OTHER_DISTRICT)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/socialwork/open-days/" + id).with(authentication(OTHER_DISTRICT)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/socialwork/open-days").with(authentication(OTHER_DISTRICT)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[?(@.id == " + id + ")]").isEmpty());
    mvc.perform(get("/api/v1/socialwork/open-days").with(authentication(DISTRICT)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[?(@.id == " + id + ")].title").value("民政服务开放日"));
    mvc.perform(get("/socialwork/open-days").with(authentication(COMMUNITY)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/socialwork/open-days")
                .param("title", "审计不能发布")
                .with(authentication(AUDITOR))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void registrationsAttendanceAndVisitorsPerEventExportToExcel() throws Exception {
    LocalDate today = ChinaTime.today();
    long day = openDay(today, 7, today.minusDays(3), today);
    long came = openDays.register(day, citizen("导出到场者"));
    long away = openDays.register(day, citizen("导出缺席者"));
    openDays.register(day, citizen("导出报名者"));
    attendance(day, came, true);
    attendance(day, away, false);

    byte[] one =
        mvc.perform(get("/socialwork/open-days/" + day + "/export").with(authentication(DISTRICT)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(one))) {
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      java.util.Map<String, String> statusByName = new java.util.HashMap<>();
      for (int r = 1; r <= 3; r++) {
        statusByName.put(
            sheet.getRow(r).getCell(1).getStringCellValue(),
            sheet.getRow(r).getCell(2).getStringCellValue());
      }
      assertThat(statusByName)
          .containsEntry("导出到场者", "已到场")
          .containsEntry("导出缺席者", "未到场")
          .containsEntry("导出报名者", "已报名");
    }
    // the names are the organisers': an auditor reads the counts only, another district nothing
    mvc.perform(get("/socialwork/open-days/" + day + "/export").with(authentication(AUDITOR)))
        .andExpect(status().isForbidden());
    mvc.perform(
            get("/socialwork/open-days/" + day + "/export").with(authentication(OTHER_DISTRICT)))
        .andExpect(status().isNotFound());

    byte[] all =
        mvc.perform(get("/socialwork/open-days/export").with(authentication(AUDITOR)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(all))) {
      var sheet = book.getSheetAt(0);
      String title = openDays.find(day).orElseThrow().title();
      var row =
          java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum())
              .mapToObj(sheet::getRow)
              .filter(r -> r.getCell(3).getStringCellValue().equals(title))
              .findFirst()
              .orElseThrow();
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo(today.toString());
      assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(7);
      assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(3);
      assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(1);
    }
  }

  private long openDay(LocalDate heldOn, int capacity, LocalDate opens, LocalDate closes) {
    return openDays.create(
        DISTRICT_CODE,
        "开放日" + System.nanoTime(),
        "民政局一楼大厅",
        "走进民政",
        heldOn.toString(),
        "09:00",
        "11:00",
        Integer.toString(capacity),
        opens.toString(),
        closes.toString(),
        "test");
  }

  private long citizen(String name) {
    return registry.person(name, RegistryTestData.COMMUNITY).id();
  }

  private boolean registers(long day, long person) {
    try {
      openDays.register(day, person);
      return true;
    } catch (Rejected e) {
      return false;
    }
  }

  private void attendance(long day, long registration, boolean attended) throws Exception {
    mvc.perform(
            post("/socialwork/open-days/" + day + "/registrations/" + registration + "/attendance")
                .param("attended", Boolean.toString(attended))
                .with(authentication(DISTRICT))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor citizenAuth(
      long personId) {
    return authentication(CitizenAuthentication.of(new Citizen(900_000L + personId, personId)));
  }

  private int booked(long day) {
    return jdbc.sql(
            "select s.booked from booking.slot_fact s join socialwork.open_day d on d.slot_id = s.id"
                + " where d.id = ?")
        .param(day)
        .query(Integer.class)
        .single();
  }

  interface Attempt {
    boolean run(int n) throws Exception;
  }

  private static List<Boolean> race(int n, Attempt attempt) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        Callable<Boolean> task =
            () -> {
              start.await();
              return attempt.run(index);
            };
        futures.add(pool.submit(task));
      }
      start.countDown();
      List<Boolean> outcomes = new ArrayList<>();
      for (Future<Boolean> f : futures) {
        outcomes.add(f.get());
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
