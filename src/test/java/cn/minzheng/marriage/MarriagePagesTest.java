package cn.minzheng.marriage;

import static cn.minzheng.marriage.MarriageFixtures.adult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.booking.OwnIdNumbers;
import cn.minzheng.marriage.domain.offices.NewOffice;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.platform.Role;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.IdCardNo;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class MarriagePagesTest {

  private static final AtomicLong ACCOUNTS = new AtomicLong(900_000);

  @Autowired MockMvc mvc;
  @Autowired Offices offices;
  @Autowired BookingService bookings;
  @Autowired RegistryFixtures registry;
  @Autowired PersonDirectory directory;
  @Autowired JdbcClient jdbc;
  @Autowired cn.minzheng.marriage.domain.counter.MarriageRegistration registration;
  @Autowired OwnIdNumbers ownIds;

  private final LocalDate tomorrow = ChinaTime.today().plusDays(1);

  record SignedIn(CitizenAuthentication auth, String ownId, long accountId) {}

  private SignedIn citizen() {
    String own = adult(true);
    long person =
        registry.person(own, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    long account = ACCOUNTS.incrementAndGet();
    return new SignedIn(CitizenAuthentication.of(new Citizen(account, person)), own, account);
  }

  @Test
  void citizenSeesAFreeSlotBooksItAndCancelsSoTheSeatIsFreeAgain() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, tomorrow, 1);
    SignedIn me = citizen();

    String slots =
        mvc.perform(get("/portal/marriage/offices/" + office).with(authentication(me.auth())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(slots).contains("data-testid=\"slot-" + slot + "\"");

    String location = book(me, slot, adult(false), "10.1.0.1").getResponse().getRedirectedUrl();
    assertThat(location).matches("/portal/marriage/my/\\d+\\?booked");
    long id = bookedId(location);
    assertThat(booked(slot)).isEqualTo(1);
    String mine =
        mvc.perform(get("/portal/marriage/my").with(authentication(me.auth())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(mine).contains(bookings.find(id).code()).doesNotContain(me.ownId());

    mvc.perform(
            post("/portal/marriage/my/" + id + "/cancel")
                .with(authentication(me.auth()))
                .with(csrf())
                .with(r -> address(r, "10.1.0.1")))
        .andExpect(status().is3xxRedirection());
    assertThat(booked(slot)).isZero();
  }

  @Test
  void theFormShowsTheOwnNumberMaskedFromTheAccountAndBooksWithOnlyThePartnersTyped()
      throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, tomorrow, 2);
    long other = MarriageFixtures.slot(jdbc, office, tomorrow, 2);
    SignedIn me = citizen();
    String masked = me.ownId().substring(0, 6) + "********" + me.ownId().substring(14);

    String form =
        mvc.perform(
                get("/portal/marriage/book")
                    .param("slot", "" + slot)
                    .with(authentication(me.auth())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(form)
        .contains(masked)
        .doesNotContain(me.ownId())
        .doesNotContain("name=\"ownIdNumber\"")
        // the chosen office and day, and the day's slots to choose from, the chosen one selected
        .contains("测试婚姻登记处")
        .contains(
            tomorrow.getYear()
                + "年"
                + tomorrow.getMonthValue()
                + "月"
                + tomorrow.getDayOfMonth()
                + "日")
        .containsPattern("<option value=\"" + slot + "\"[^>]*selected")
        .contains("<option value=\"" + other + "\"");
    String location =
        mvc.perform(
                post("/portal/marriage/book")
                    .with(authentication(me.auth()))
                    .with(csrf())
                    .with(r -> address(r, "10.4.0.1"))
                    .param("slot", "" + slot)
                    .param("type", "MARRIAGE")
                    .param("ownSealed", sealedIn(form))
                    .param("partnerIdNumber", adult(false)))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    long id = bookedId(location);
    assertThat(bookings.find(id).firstMasked()).isEqualTo(masked);
    assertThat(firstPartyPerson(id)).isEqualTo(me.auth().citizen().personId());
    assertThat(booked(slot)).isEqualTo(1);
  }

  @Test
  void aSealOfAnotherPersonsNumberIsNotTakenTheAccountsOwnIs() throws Exception {
    long slot =
        MarriageFixtures.slot(
            jdbc, MarriageFixtures.office(offices, MarriageFixtures.JINJIANG), tomorrow, 2);
    SignedIn me = citizen();
    SignedIn someoneElse = citizen();
    String foreign =
        ownIds.seal(someoneElse.auth().citizen().personId(), IdCardNo.parse(someoneElse.ownId()));

    String location =
        mvc.perform(
                post("/portal/marriage/book")
                    .with(authentication(me.auth()))
                    .with(csrf())
                    .with(r -> address(r, "10.4.0.2"))
                    .param("slot", "" + slot)
                    .param("ownSealed", foreign)
                    .param("partnerIdNumber", adult(false)))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    assertThat(firstPartyPerson(bookedId(location))).isEqualTo(me.auth().citizen().personId());
  }

  @Test
  void aRefusedFormComesBackWithTheChosenSlotAndThePartnerAndTheErrorAtItsField() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long full = MarriageFixtures.slot(jdbc, office, tomorrow, 1);
    long free = MarriageFixtures.slot(jdbc, office, tomorrow, 3);
    bookings.book(
        new BookingRequest(full, AppointmentType.MARRIAGE, adult(true), adult(false), null));
    SignedIn me = citizen();
    String partner = adult(false);

    var refused = book(me, full, partner, "10.4.0.3").getResponse();

    assertThat(refused.getStatus()).isEqualTo(422);
    String page = refused.getContentAsString();
    assertThat(page)
        .contains("value=\"" + partner + "\"")
        .containsPattern("<option value=\"" + full + "\"[^>]*selected[^>]*>[^<]*已约满")
        .contains("<option value=\"" + free + "\"")
        .containsPattern("id=\"slot-error\"[^>]*>\\s*该时段已约满");
    // a partner of the same sex: the partner's field names it
    var sameSex = book(me, free, adult(true), "10.4.0.3").getResponse();
    assertThat(sameSex.getStatus()).isEqualTo(422);
    assertThat(sameSex.getContentAsString())
        .containsPattern("id=\"partnerIdNumber-error\"[^>]*>\\s*结婚登记须为一男一女");
    assertThat(booked(free)).isZero();
  }

  @Test
  void theConfirmationShowsTheCodeAsQrCodeTheOfficesAddressHoursAndTheWay() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, tomorrow, 2);
    SignedIn me = citizen();
    long id = bookedId(book(me, slot, adult(false), "10.4.0.4").getResponse().getRedirectedUrl());
    String code = bookings.find(id).code();

    String page =
        mvc.perform(
                get("/portal/marriage/my/" + id)
                    .param("booked", "")
                    .with(authentication(me.auth())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains(code).contains("预约成功");
    assertThat(QrCodes.decodeDataUri(page)).isEqualTo(code);
    var o = offices.find(office).orElseThrow();
    assertThat(page)
        .contains(o.address())
        .contains(o.openingHours())
        .contains(
            "https://uri.amap.com/marker?position=104.080000,30.657000&amp;name="
                + java.net.URLEncoder.encode(o.name(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"));
    // someone else's booking is not found
    mvc.perform(get("/portal/marriage/my/" + id).with(authentication(citizen().auth())))
        .andExpect(status().isNotFound());
  }

  @Test
  void anOfficeWithoutCoordinatesIsFoundByItsAddress() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    var o = offices.find(office).orElseThrow();
    offices.update(
        office,
        new NewOffice(
            o.code(),
            o.name(),
            o.kind(),
            o.regionCode(),
            o.address(),
            null,
            null,
            o.openingHours()));
    long slot = MarriageFixtures.slot(jdbc, office, tomorrow, 2);
    SignedIn me = citizen();
    long id = bookedId(book(me, slot, adult(false), "10.4.0.5").getResponse().getRedirectedUrl());

    String page =
        mvc.perform(get("/portal/marriage/my/" + id).with(authentication(me.auth())))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains(
            "https://uri.amap.com/search?keyword="
                + java.net.URLEncoder.encode(o.address(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"))
        .doesNotContain("uri.amap.com/marker");
  }

  @Test
  void theEleventhBookingRequestOfAnAccountWithinAMinuteGets429() throws Exception {
    SignedIn me = citizen();
    long slot =
        MarriageFixtures.slot(
            jdbc, MarriageFixtures.office(offices, MarriageFixtures.JINJIANG), tomorrow, 5);
    for (int i = 0; i < 10; i++) {
      int code = book(me, slot, "bad", "10.2.0." + i).getResponse().getStatus();
      assertThat(code).isEqualTo(422);
    }
    var blocked = book(me, slot, "bad", "10.2.0.99").getResponse();
    assertThat(blocked.getStatus()).isEqualTo(429);
    assertThat(blocked.getHeader("Retry-After")).isNotBlank();
  }

  @Test
  void clerkChecksInAndRegistersABookedCoupleAndBothBecomeMarried() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, tomorrow, 5);
    String man = adult(true);
    String woman = adult(false);
    long manId =
        registry.person(man, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    long womanId =
        registry.person(woman, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    Appointment a =
        bookings.book(new BookingRequest(slot, AppointmentType.MARRIAGE, man, woman, null));
    // The couple booked earlier; today is their day.
    jdbc.sql("update booking.slot set day = ? where id = ?")
        .params(ChinaTime.today(), slot)
        .update();
    var clerk = RegistryTestData.auth(MarriageFixtures.JINJIANG, Role.STREET_CASEWORKER);

    String day =
        mvc.perform(
                get("/marriage/counter").param("office", "" + office).with(authentication(clerk)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(day).contains(a.code()).contains("婚姻登记");
    mvc.perform(
            post("/marriage/counter/" + a.id() + "/check-in")
                .with(authentication(clerk))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    String done =
        mvc.perform(
                post("/marriage/counter/" + a.id() + "/register")
                    .with(authentication(clerk))
                    .with(csrf())
                    .param("firstIdNumber", man)
                    .param("secondIdNumber", woman))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(done).contains("data-testid=\"certificate-no\"");
    assertThat(directory.find(manId).orElseThrow().maritalStatus())
        .isEqualTo(MaritalStatus.MARRIED);
    assertThat(directory.find(womanId).orElseThrow().maritalStatus())
        .isEqualTo(MaritalStatus.MARRIED);
  }

  @Test
  void afterTheRegistrationBothSpousesGetTheFollowUpChecklistAndOthersCannotTouchIt()
      throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, tomorrow, 5);
    String man = adult(true);
    String woman = adult(false);
    long manId =
        registry.person(man, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    long womanId =
        registry.person(woman, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    Appointment a =
        bookings.book(new BookingRequest(slot, AppointmentType.MARRIAGE, man, woman, null));
    long registrationId =
        RegistryTestData.as(
            RegistryTestData.auth(MarriageFixtures.JINJIANG, Role.STREET_CASEWORKER),
            () -> registration.register(a.id(), man, woman, tomorrow).id());
    var wife = CitizenAuthentication.of(new Citizen(ACCOUNTS.incrementAndGet(), womanId));
    var husband = CitizenAuthentication.of(new Citizen(ACCOUNTS.incrementAndGet(), manId));
    var stranger = citizen().auth();

    mvc.perform(
            post("/portal/marriage/checklist/" + registrationId + "/BIRTH_SERVICE")
                .with(authentication(wife))
                .with(csrf())
                .param("status", "DONE"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            post("/portal/marriage/checklist/" + registrationId + "/HOUSEHOLD")
                .with(authentication(stranger))
                .with(csrf())
                .param("status", "DONE"))
        .andExpect(status().isNotFound());
    String page =
        mvc.perform(get("/portal/marriage/checklist").with(authentication(husband)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains("生育服务登记").contains("户口迁移").contains("生育保险");
    assertThat(page).contains("已办理").contains("待办理");
  }

  @Test
  void citizenReschedulesTheOwnBookingAndNobodyElseCan() throws Exception {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long from = MarriageFixtures.slot(jdbc, office, tomorrow, 2);
    long to = MarriageFixtures.slot(jdbc, office, tomorrow.plusDays(1), 2);
    SignedIn me = citizen();
    String location = book(me, from, adult(false), "10.3.0.1").getResponse().getRedirectedUrl();
    long id = bookedId(location);

    mvc.perform(
            post("/portal/marriage/my/" + id + "/reschedule")
                .with(authentication(citizen().auth()))
                .with(csrf())
                .param("slot", "" + to))
        .andExpect(status().isNotFound());
    String page =
        mvc.perform(
                get("/portal/marriage/my/" + id + "/reschedule").with(authentication(me.auth())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    // days first: the other day is offered as a day, its times after choosing it
    assertThat(page).contains("reschedule-day-" + tomorrow.plusDays(1));
    String dayPage =
        mvc.perform(
                get("/portal/marriage/my/" + id + "/reschedule")
                    .param("day", tomorrow.plusDays(1).toString())
                    .with(authentication(me.auth())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(dayPage).contains("reschedule-slot-" + to).doesNotContain("reschedule-slot-" + from);
    mvc.perform(
            post("/portal/marriage/my/" + id + "/reschedule")
                .with(authentication(me.auth()))
                .with(csrf())
                .param("slot", "" + to))
        .andExpect(status().is3xxRedirection());

    assertThat(booked(from)).isZero();
    assertThat(booked(to)).isEqualTo(1);
  }

  @Test
  void communityWorkerHasNoCounterPage() throws Exception {
    mvc.perform(
            get("/marriage/counter")
                .with(authentication(RegistryTestData.auth("510104001001", Role.COMMUNITY_WORKER))))
        .andExpect(status().isForbidden());
  }

  /** The booking form posted without its sealed own number: the account's own is looked up. */
  private org.springframework.test.web.servlet.MvcResult book(
      SignedIn me, long slot, String partner, String address) throws Exception {
    return mvc.perform(
            post("/portal/marriage/book")
                .with(authentication(me.auth()))
                .with(csrf())
                .with(r -> address(r, address))
                .param("slot", "" + slot)
                .param("type", "MARRIAGE")
                .param("partnerIdNumber", partner))
        .andReturn();
  }

  /** The booking's id in the confirmation's address, {@code /portal/marriage/my/{id}?booked}. */
  static long bookedId(String location) {
    return Long.parseLong(
        location.substring("/portal/marriage/my/".length(), location.indexOf('?')));
  }

  private static org.springframework.mock.web.MockHttpServletRequest address(
      org.springframework.mock.web.MockHttpServletRequest r, String address) {
    r.setRemoteAddr(address);
    return r;
  }

  private long firstPartyPerson(long appointmentId) {
    return jdbc.sql(
            "select person_id from marriage.appointment_party where appointment_id = ?"
                + " and position = 1")
        .param(appointmentId)
        .query(Long.class)
        .single();
  }

  /** The sealed own number the form carries in its hidden field. */
  private static String sealedIn(String form) {
    var m = java.util.regex.Pattern.compile("name=\"ownSealed\" value=\"([^\"]+)\"").matcher(form);
    assertThat(m.find()).as("the form carries the sealed own number").isTrue();
    return m.group(1);
  }

  private int booked(long slot) {
    return jdbc.sql("select booked from booking.slot where id = ?")
        .param(slot)
        .query(Integer.class)
        .single();
  }
}
