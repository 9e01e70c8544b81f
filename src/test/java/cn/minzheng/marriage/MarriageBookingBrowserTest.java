package cn.minzheng.marriage;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.marriage.domain.booking.BookingOutbox;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.marriage.domain.offices.PeakDays;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.portal.codes.DevelopmentTextSender;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Journey on a phone-sized page: a citizen books a peak-day slot without typing the own ID number,
 * sees the code as QR code with the way to the office, reschedules by day and cancels.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MarriageBookingBrowserTest extends BrowserTestSupport {

  private static final String PASSWORD = "Secret2026abc";

  @Autowired JdbcClient jdbc;
  @Autowired Offices offices;
  @Autowired BookingOutbox outbox;
  @Autowired PeakDays peakDays;
  @Autowired RegistryFixtures registry;
  @Autowired DevelopmentCodeSender codes;
  @Autowired DevelopmentTextSender texts;
  private String phone;

  @Test
  void aCitizenBooksAPeakDaySlotReschedulesByDayAndCancels() throws Exception {
    LocalDate day = ChinaTime.today().plusDays(3);
    peakDays.mark(day, "测试高峰日");
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    long slot = MarriageFixtures.slot(jdbc, office, day, 2);
    // As the generator makes them on a peak day: a slot of the peak-day template.
    jdbc.sql("update booking.slot set peak = true where id = ?").param(slot).update();
    long later = MarriageFixtures.slot(jdbc, office, day.plusDays(2), 2);
    String own = MarriageFixtures.adult(true);
    registry.person(own, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.UNMARRIED).id();
    phone = registerCitizen(codes, own, "婚登测试", PASSWORD);
    page.setViewportSize(390, 844);

    page.navigate("/portal/marriage/offices/" + office);
    assertThat(page.getByText("测试高峰日 错峰时段")).isVisible();
    // Choosing another day swaps the slot list in place (htmx): the page is not reloaded.
    page.evaluate("() => { window.mzSamePage = true; }");
    page.getByTestId("pick-" + day.plusDays(2)).click();
    assertThat(page.getByTestId("slot-" + later)).isVisible();
    assertThat(page).hasURL(Pattern.compile(".*\\?day=" + day.plusDays(2)));
    assertThat(page.evaluate("() => window.mzSamePage === true")).isEqualTo(true);
    page.getByTestId("pick-" + day).click();
    page.getByTestId("slot-" + slot).click();
    // the own ID number comes from the account, masked; only the partner's is typed
    assertThat(page.getByTestId("own-id-masked"))
        .hasText(own.substring(0, 6) + "********" + own.substring(14));
    assertThat(page.getByTestId("booking-slot")).hasValue("" + slot);
    // a refused form keeps what was typed and names the field: a partner of the same sex
    String sameSex = MarriageFixtures.adult(true);
    page.getByTestId("partner-id").fill(sameSex);
    page.getByTestId("booking-submit").click();
    assertThat(page.getByTestId("error-partnerIdNumber")).hasText("结婚登记须为一男一女");
    assertThat(page.getByTestId("partner-id")).hasValue(sameSex);
    assertThat(page.getByTestId("booking-slot")).hasValue("" + slot);
    page.getByTestId("partner-id").fill(MarriageFixtures.adult(false));
    page.getByTestId("booking-submit").click();

    assertThat(page).hasURL(Pattern.compile(".*/portal/marriage/my/\\d+\\?booked"));
    assertThat(page.getByTestId("booking-done")).isVisible();
    assertThat(page.getByTestId("appointment-code")).hasText(Pattern.compile("[2-9A-Z]{10}"));
    assertThat(page.content()).doesNotContain(own);
    String code = page.getByTestId("appointment-code").textContent();
    // the QR code of the booking code, drawn and read back as a scanner would
    assertThat(page.getByTestId("booking-qr")).isVisible();
    assertThat(page.getByTestId("booking-qr").boundingBox().width).isGreaterThanOrEqualTo(150);
    assertThat(QrCodes.decodeDataUri(page.content())).isEqualTo(code);
    assertThat(page.getByTestId("office-directions"))
        .hasAttribute(
            "href", Pattern.compile("https://uri\\.amap\\.com/marker\\?position=104\\.08.*"));
    assertThat(page.getByTestId("office-address")).hasText(Pattern.compile("测试路\\d+号"));

    // The booking message: in the inbox (unread count on 我的信息) and as a text to the phone,
    // once the outbox has sent it after the booking's commit.
    MarriageFixtures.delivered(
        outbox,
        jdbc,
        jdbc.sql("select id from marriage.appointment where code = ?")
            .param(code)
            .query(Long.class)
            .single());
    page.navigate("/portal/me");
    assertThat(page.getByTestId("me-unread")).hasText("1条未读");
    page.getByTestId("me-messages").click();
    page.getByText("婚姻登记预约成功").click();
    assertThat(page.getByTestId("message-body")).containsText(code);
    assertThat(texts.textsTo(phone)).anyMatch(t -> t.contains(code));
    page.navigate("/portal/marriage/my");

    // 改约 by day: the days with free seats first, then the chosen day's times
    page.getByTestId("appointment-reschedule").click();
    assertThat(page.getByTestId("reschedule-days")).isVisible();
    assertThat(page.getByTestId("reschedule-slot-" + later)).hasCount(0);
    page.getByTestId("reschedule-day-" + day.plusDays(2)).click();
    page.getByTestId("reschedule-slot-" + later).click();
    assertThat(page.getByTestId("rescheduled")).isVisible();
    assertThat(booked(slot)).isZero();
    assertThat(booked(later)).isOne();

    page.onceDialog(dialog -> dialog.accept());
    page.getByTestId("appointment-cancel").click();
    assertThat(page.getByTestId("appointment-status")).hasText("已取消");
    assertThat(booked(later)).isZero();
  }

  private int booked(long slot) {
    return jdbc.sql("select booked from booking.slot where id = ?")
        .param(slot)
        .query(Integer.class)
        .single();
  }
}
