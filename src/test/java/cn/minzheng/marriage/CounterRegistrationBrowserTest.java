package cn.minzheng.marriage;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.marriage.domain.booking.Appointment;
import cn.minzheng.marriage.domain.booking.AppointmentStatus;
import cn.minzheng.marriage.domain.booking.AppointmentType;
import cn.minzheng.marriage.domain.booking.BookingRequest;
import cn.minzheng.marriage.domain.booking.BookingService;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import com.microsoft.playwright.Browser;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Journey: a clerk checks in a booked couple, registers the marriage, both become married. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CounterRegistrationBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired Offices offices;
  @Autowired BookingService bookings;
  @Autowired RegistryFixtures registry;
  @Autowired PersonDirectory directory;

  @Override
  protected Browser.NewContextOptions contextOptions() {
    return super.contextOptions().setViewportSize(1366, 900);
  }

  @Test
  void aClerkRegistersABookedCoupleAndBothBecomeMarried() {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, ChinaTime.today().plusDays(1), 5);
    String man = MarriageFixtures.adult(true);
    String woman = MarriageFixtures.adult(false);
    long manId =
        registry.person(man, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    long womanId =
        registry.person(woman, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    Appointment a =
        bookings.book(new BookingRequest(slot, AppointmentType.MARRIAGE, man, woman, null));
    // Booked earlier; today is the couple's day.
    jdbc.sql("update booking.slot set day = ? where id = ?")
        .params(ChinaTime.today(), slot)
        .update();
    StaffSignIn.signIn(page, jdbc, passwords, Role.STREET_CASEWORKER, MarriageFixtures.JINJIANG);

    page.navigate("/marriage/counter?office=" + office);
    var row = page.getByTestId("counter-row-" + a.id());
    row.getByTestId("counter-check-in").click();
    assertThat(page.getByTestId("counter-message")).hasText("已签到");
    page.getByTestId("counter-row-" + a.id()).getByTestId("counter-register").click();
    page.locator("#firstIdNumber").fill(man);
    page.locator("#secondIdNumber").fill(woman);
    page.getByTestId("registration-submit").click();

    assertThat(page.getByTestId("certificate-no"))
        .hasText(Pattern.compile("J-.+-" + ChinaTime.today().getYear() + "-000001"));
    assertThat(directory.find(manId).orElseThrow().maritalStatus())
        .isEqualTo(MaritalStatus.MARRIED);
    assertThat(directory.find(womanId).orElseThrow().maritalStatus())
        .isEqualTo(MaritalStatus.MARRIED);
  }

  @Test
  void aClerkCancelsABookingWithAReasonAfterConfirmingAndThePartyIsTold() {
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    LocalDate day = ChinaTime.today().plusDays(2);
    long slot = MarriageFixtures.slot(jdbc, office, day, 5);
    String man = MarriageFixtures.adult(true);
    long manId =
        registry.person(man, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    Appointment a =
        bookings.book(
            new BookingRequest(
                slot, AppointmentType.MARRIAGE, man, MarriageFixtures.adult(false), null));
    StaffSignIn.signIn(page, jdbc, passwords, Role.STREET_CASEWORKER, MarriageFixtures.JINJIANG);

    page.navigate("/marriage/counter?office=" + office + "&day=" + day);
    var row = page.getByTestId("counter-row-" + a.id());
    row.getByTestId("counter-cancel-reason").fill("登记员临时外出培训");
    page.onceDialog(dialog -> dialog.accept());
    row.getByTestId("counter-cancel").click();

    assertThat(page.getByTestId("counter-message")).hasText("已取消预约并通知当事人");
    assertThat(bookings.find(a.id()).status()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(
            jdbc.sql(
                    "select body from portal.citizen_message where person_id = ?"
                        + " and subject = '婚姻登记预约已被登记处取消'")
                .param(manId)
                .query(String.class)
                .single())
        .contains("登记员临时外出培训");
  }
}
