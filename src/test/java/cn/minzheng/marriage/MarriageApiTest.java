package cn.minzheng.marriage;

import static cn.minzheng.marriage.MarriageFixtures.adult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.testing.ApiContract;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The marriage API (issue 22): public offices and free days, and the signed-in citizen's own
 * bookings, with the portal's rules, an {@code Idempotency-Key} on booking, 404 for another
 * account's booking, problem details for refusals, every answer checked against the document.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MarriageApiTest {

  private static final AtomicLong ACCOUNTS = new AtomicLong(880_000);

  @Autowired MockMvc mvc;
  @Autowired Offices offices;
  @Autowired BookingService bookings;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;
  @Autowired cn.minzheng.marriage.domain.offices.PeakDays peakDays;

  private final JsonMapper json = JsonMapper.builder().build();

  /** A citizen with a portal account whose person is in the registry, and a partner. */
  private record Couple(Citizen citizen, String own, String partner) {}

  private Couple couple() {
    String man = adult(true);
    String woman = adult(false);
    long manId =
        registry.person(man, "接口测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    registry.person(woman, "接口测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED);
    return new Couple(new Citizen(ACCOUNTS.incrementAndGet(), manId), man, woman);
  }

  private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
    MvcResult result = mvc.perform(request).andReturn();
    ApiContract.assertConforms(mvc, result);
    return result;
  }

  private MvcResult book(Couple c, long slot, String key) throws Exception {
    MockHttpServletRequestBuilder request =
        post("/api/v1/citizen/marriage/bookings")
            .with(authentication(CitizenAuthentication.of(c.citizen())))
            .with(csrf())
            .contentType("application/json")
            .content(
                "{\"slotId\":%d,\"type\":\"MARRIAGE\",\"ownIdNumber\":\"%s\",\"partnerIdNumber\":\"%s\"}"
                    .formatted(slot, c.own(), c.partner()));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return perform(request);
  }

  private JsonNode body(MvcResult result) throws Exception {
    return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  private int booked(long slot) {
    return jdbc.sql("select booked from booking.slot where id = ?")
        .param(slot)
        .query(Integer.class)
        .single();
  }

  @Test
  void theSameIdempotencyKeyAnswersTheFirstBookingAndTakesOneSeat() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, ChinaTime.today().plusDays(2), 3);
    Couple c = couple();

    MvcResult first = book(c, slot, "book-" + c.citizen().accountId());
    MvcResult again = book(c, slot, "book-" + c.citizen().accountId());

    assertThat(first.getResponse().getStatus()).isEqualTo(201);
    assertThat(again.getResponse().getStatus()).isEqualTo(201);
    long id = body(first).get("id").asLong();
    assertThat(body(again).get("id").asLong()).isEqualTo(id);
    assertThat(first.getResponse().getHeader("Location"))
        .isEqualTo("/api/v1/citizen/marriage/bookings/" + id);
    assertThat(booked(slot)).isEqualTo(1);
    assertThat(body(first).get("status").asString()).isEqualTo("BOOKED");
    assertThat(body(first).get("firstMasked").asString()).doesNotContain(c.own());

    MvcResult mine =
        perform(
            get("/api/v1/citizen/marriage/bookings")
                .with(authentication(CitizenAuthentication.of(c.citizen()))));
    assertThat(body(mine).size()).isEqualTo(1);
    assertThat(body(mine).get(0).get("id").asLong()).isEqualTo(id);
  }

  private MvcResult bookJson(Citizen citizen, String json, String key) throws Exception {
    return perform(
        post("/api/v1/citizen/marriage/bookings")
            .with(authentication(CitizenAuthentication.of(citizen)))
            .with(csrf())
            .header("Idempotency-Key", key)
            .contentType("application/json")
            .content(json));
  }

  @Test
  void withoutAnOwnNumberTheAccountsOwnIsTakenAndATypedOneMustBeTheAccountsOwn() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, ChinaTime.today().plusDays(2), 3);
    Couple c = couple();

    MvcResult booked =
        bookJson(
            c.citizen(),
            "{\"slotId\":%d,\"partnerIdNumber\":\"%s\"}".formatted(slot, c.partner()),
            "own-" + c.citizen().accountId());

    assertThat(booked.getResponse().getStatus()).isEqualTo(201);
    assertThat(body(booked).get("firstMasked").asString())
        .isEqualTo(c.own().substring(0, 6) + "********" + c.own().substring(14));

    Couple d = couple();
    MvcResult someoneElses =
        bookJson(
            d.citizen(),
            "{\"slotId\":%d,\"ownIdNumber\":\"%s\",\"partnerIdNumber\":\"%s\"}"
                .formatted(slot, adult(true), d.partner()),
            "other-" + d.citizen().accountId());
    assertThat(someoneElses.getResponse().getStatus()).isEqualTo(422);
    assertThat(body(someoneElses).get("field").asString()).isEqualTo("ownIdNumber");
    assertThat(body(someoneElses).get("detail").asString()).contains("本人身份证号与登录账号不一致");

    char check = d.own().charAt(17);
    String mistyped = d.own().substring(0, 17) + (check == '1' ? '2' : '1');
    MvcResult invalid =
        bookJson(
            d.citizen(),
            "{\"slotId\":%d,\"ownIdNumber\":\"%s\",\"partnerIdNumber\":\"%s\"}"
                .formatted(slot, mistyped, d.partner()),
            "invalid-" + d.citizen().accountId());
    assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
    assertThat(body(invalid).get("detail").asString()).contains("本人身份证号无效，请核对后重新填写");
    assertThat(booked(slot)).isOne();
  }

  @Test
  void aBookingWithoutIdempotencyKeyIsRefusedNamingTheHeaderAndTakesNoSeat() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, ChinaTime.today().plusDays(2), 3);

    MvcResult refused = book(couple(), slot, null);

    assertThat(refused.getResponse().getStatus()).isEqualTo(400);
    assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
    assertThat(body(refused).get("field").asString()).isEqualTo("Idempotency-Key");
    assertThat(booked(slot)).isZero();
  }

  @Test
  void theSameKeyForAnotherSlotIsRefusedNotReplayed() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, ChinaTime.today().plusDays(2), 3);
    long other = MarriageFixtures.slot(jdbc, office, ChinaTime.today().plusDays(3), 3);
    Couple c = couple();
    String key = "reuse-" + c.citizen().accountId();

    assertThat(book(c, slot, key).getResponse().getStatus()).isEqualTo(201);
    MvcResult reused = book(c, other, key);

    assertThat(reused.getResponse().getStatus()).isEqualTo(422);
    assertThat(body(reused).get("code").asString()).isEqualTo("idempotency-key-reused");
    assertThat(booked(other)).isZero();
  }

  @Test
  void aFullSlotIsA422ProblemNamingTheSlot() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, ChinaTime.today().plusDays(2), 1);
    Couple earlier = couple();
    bookings.book(
        new BookingRequest(slot, AppointmentType.MARRIAGE, earlier.own(), earlier.partner(), null));
    Couple c = couple();

    MvcResult refused = book(c, slot, "full-" + c.citizen().accountId());

    assertThat(refused.getResponse().getStatus()).isEqualTo(422);
    assertThat(body(refused).get("field").asString()).isEqualTo("slotId");
    assertThat(body(refused).get("detail").asString()).contains("已约满");
    assertThat(booked(slot)).isEqualTo(1);
  }

  @Test
  void cancellingGivesTheSeatBackAndAnotherAccountsBookingIsNotFound() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, ChinaTime.today().plusDays(2), 2);
    Couple c = couple();
    long id = body(book(c, slot, "cancel-" + c.citizen().accountId())).get("id").asLong();
    Couple stranger = couple();

    MvcResult foreign =
        perform(
            post("/api/v1/citizen/marriage/bookings/" + id + "/cancel")
                .with(authentication(CitizenAuthentication.of(stranger.citizen())))
                .with(csrf()));
    assertThat(foreign.getResponse().getStatus()).isEqualTo(404);
    assertThat(booked(slot)).isEqualTo(1);

    MvcResult cancelled =
        perform(
            post("/api/v1/citizen/marriage/bookings/" + id + "/cancel")
                .with(authentication(CitizenAuthentication.of(c.citizen())))
                .with(csrf()));
    assertThat(cancelled.getResponse().getStatus()).isEqualTo(200);
    assertThat(body(cancelled).get("status").asString()).isEqualTo("CANCELLED");
    assertThat(booked(slot)).isZero();

    MvcResult twice =
        perform(
            post("/api/v1/citizen/marriage/bookings/" + id + "/cancel")
                .with(authentication(CitizenAuthentication.of(c.citizen())))
                .with(csrf()));
    assertThat(twice.getResponse().getStatus()).isEqualTo(422);
  }

  @Test
  void reschedulingTakesTheNewSeatAndGivesTheOldOneBack() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, ChinaTime.today().plusDays(2), 2);
    long later = MarriageFixtures.slot(jdbc, office, ChinaTime.today().plusDays(4), 2);
    Couple c = couple();
    long id = body(book(c, slot, "move-" + c.citizen().accountId())).get("id").asLong();

    MvcResult moved =
        perform(
            post("/api/v1/citizen/marriage/bookings/" + id + "/reschedule")
                .with(authentication(CitizenAuthentication.of(c.citizen())))
                .with(csrf())
                .contentType("application/json")
                .content("{\"slotId\":" + later + "}"));

    assertThat(moved.getResponse().getStatus()).isEqualTo(200);
    assertThat(body(moved).get("slotId").asLong()).isEqualTo(later);
    assertThat(body(moved).get("day").asString())
        .isEqualTo(ChinaTime.today().plusDays(4).toString());
    assertThat(booked(slot)).isZero();
    assertThat(booked(later)).isEqualTo(1);
  }

  @Test
  void onlyASignedInCitizenReachesTheBookings() throws Exception {
    MvcResult anonymous = perform(get("/api/v1/citizen/marriage/bookings"));
    assertThat(anonymous.getResponse().getStatus()).isEqualTo(401);
    assertThat(anonymous.getResponse().getContentType()).startsWith("application/problem+json");

    StaffUser staff =
        new StaffUser(-77, "api_staff", "接口", "510100000000", Set.of(Role.CITY_ADMIN));
    MvcResult asStaff =
        perform(
            get("/api/v1/citizen/marriage/bookings")
                .with(authentication(StaffAuthentication.of(staff))));
    assertThat(asStaff.getResponse().getStatus()).isEqualTo(403);
  }

  @Test
  void anyoneReadsTheActiveOfficesAndTheFreeSeatsOfADay() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.QINGYANG);
    java.time.LocalDate day = ChinaTime.today().plusDays(3);
    long slot = MarriageFixtures.slot(jdbc, office, day, 4);

    MvcResult list = perform(get("/api/v1/public/marriage/offices"));
    assertThat(list.getResponse().getStatus()).isEqualTo(200);
    JsonNode found = null;
    for (JsonNode o : body(list)) {
      if (o.get("id").asLong() == office) {
        found = o;
      }
    }
    assertThat(found).isNotNull();
    assertThat(found.get("kindLabel").asString()).isEqualTo("区（市）县婚姻登记处");

    MvcResult days =
        perform(get("/api/v1/public/marriage/offices/" + office + "/days").param("day", "" + day));
    assertThat(days.getResponse().getStatus()).isEqualTo(200);
    assertThat(body(days).size()).isEqualTo(1);
    assertThat(body(days).get(0).get("free").asLong()).isEqualTo(4);
    assertThat(body(days).get(0).get("slots").get(0).get("id").asLong()).isEqualTo(slot);

    assertThat(
            perform(get("/api/v1/public/marriage/offices/987654321/days"))
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void theCalendarAdministratorReplansAStalePeakDayThroughTheApiAndAClerkCannot() throws Exception {
    java.time.LocalDate day = ChinaTime.today().plusDays(210);
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, day, 2);
    peakDays.mark(day, "接口补标高峰日");
    StaffAuthentication admin =
        StaffAuthentication.of(
            new StaffUser(-80, "api_admin", "管理员", "510100000000", Set.of(Role.CITY_ADMIN)));
    StaffAuthentication clerk =
        StaffAuthentication.of(
            new StaffUser(
                -81,
                "api_clerk3",
                "窗口",
                MarriageFixtures.JINJIANG,
                Set.of(Role.DISTRICT_APPROVER)));

    MvcResult stale =
        perform(get("/api/v1/marriage/admin/calendar/stale-days").with(authentication(admin)));
    assertThat(stale.getResponse().getStatus()).isEqualTo(200);
    assertThat(body(stale).toString())
        .contains("{\"day\":\"" + day + "\",\"slots\":1,\"booked\":0}");
    MvcResult refused =
        mvc.perform(
                post("/api/v1/marriage/admin/calendar/regenerate")
                    .param("day", day.toString())
                    .with(authentication(clerk))
                    .with(csrf()))
            .andReturn();
    assertThat(refused.getResponse().getStatus()).isEqualTo(403);
    assertThat(booked(slot)).isZero();
    MvcResult replanned =
        perform(
            post("/api/v1/marriage/admin/calendar/regenerate")
                .param("day", day.toString())
                .with(authentication(admin))
                .with(csrf()));
    assertThat(replanned.getResponse().getStatus()).isEqualTo(200);
    assertThat(body(replanned).get("removed").asInt()).isOne();
    assertThat(
            jdbc.sql("select count(*) from booking.slot where id = ?")
                .param(slot)
                .query(Long.class)
                .single())
        .isZero();
    MvcResult today =
        perform(
            post("/api/v1/marriage/admin/calendar/regenerate")
                .param("day", ChinaTime.today().toString())
                .with(authentication(admin))
                .with(csrf()));
    assertThat(today.getResponse().getStatus()).isEqualTo(422);
    assertThat(body(today).get("field").asString()).isEqualTo("day");
  }

  @Test
  void theCounterListsItsOfficesDayAndChecksInOnceAndAnotherDistrictSeesNothing() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    java.time.LocalDate day = ChinaTime.today().plusDays(2);
    long slot = MarriageFixtures.slot(jdbc, office, day, 2);
    Couple c = couple();
    long id =
        bookings
            .book(new BookingRequest(slot, AppointmentType.MARRIAGE, c.own(), c.partner(), null))
            .id();
    StaffUser clerk =
        new StaffUser(
            -78, "api_clerk", "窗口", MarriageFixtures.JINJIANG, Set.of(Role.DISTRICT_APPROVER));
    StaffUser elsewhere =
        new StaffUser(
            -79, "api_clerk2", "窗口", MarriageFixtures.QINGYANG, Set.of(Role.DISTRICT_APPROVER));

    MvcResult list =
        perform(
            get("/api/v1/marriage/counter/offices/" + office + "/appointments")
                .param("day", day.toString())
                .with(authentication(StaffAuthentication.of(clerk))));
    assertThat(list.getResponse().getStatus()).isEqualTo(200);
    assertThat(body(list).get(0).get("id").asLong()).isEqualTo(id);

    MvcResult foreign =
        perform(
            get("/api/v1/marriage/counter/offices/" + office + "/appointments")
                .with(authentication(StaffAuthentication.of(elsewhere))));
    assertThat(foreign.getResponse().getStatus()).isEqualTo(404);

    MvcResult checkedIn =
        perform(
            post("/api/v1/marriage/counter/appointments/" + id + "/check-in")
                .with(authentication(StaffAuthentication.of(clerk)))
                .with(csrf()));
    assertThat(checkedIn.getResponse().getStatus()).isEqualTo(200);
    assertThat(body(checkedIn).get("status").asString()).isEqualTo("CHECKED_IN");
    MvcResult twice =
        perform(
            post("/api/v1/marriage/counter/appointments/" + id + "/check-in")
                .with(authentication(StaffAuthentication.of(clerk)))
                .with(csrf()));
    assertThat(twice.getResponse().getStatus()).isEqualTo(422);
  }
}
