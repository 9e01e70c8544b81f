package cn.minzheng.marriage.demo;

import cn.minzheng.booking.Slots;
import cn.minzheng.marriage.domain.offices.NewOffice;
import cn.minzheng.marriage.domain.offices.Office.OfficeKind;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.marriage.domain.offices.PeakDays;
import cn.minzheng.marriage.domain.offices.SlotGenerator;
import cn.minzheng.marriage.domain.offices.SlotTemplate;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSampling;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With {@code minzheng.demo.enabled=true}: two district offices and one park-style office, their
 * weekly and peak-day templates, a peak day within the booking window and the slots of the coming
 * weeks (when the offices are not there yet), and six months of history ({@link DemoHistory},
 * once).
 */
@Component
@Order(200)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
class MarriageDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(MarriageDemoData.class);
  private static final String HOURS = "周一至周五 9:00-12:00、13:30-18:30（延时服务至18:30），周六 9:00-12:00";

  private final Offices offices;
  private final SlotGenerator generator;
  private final PeakDays peakDays;
  private final int weeksAhead;
  private final DemoHistory history;

  @Autowired
  MarriageDemoData(
      Offices offices,
      SlotGenerator generator,
      PeakDays peakDays,
      @Value("${minzheng.marriage.slots.weeks-ahead:4}") int weeksAhead,
      JdbcTemplate jdbc,
      Slots slots,
      FieldCipher cipher,
      PersonSampling sampling,
      PersonDirectory persons,
      PersonCommands commands) {
    this(
        offices,
        generator,
        peakDays,
        weeksAhead,
        new DemoHistory(
            jdbc,
            generator,
            slots,
            cipher,
            sampling,
            persons,
            commands,
            100,
            20,
            RegistryCouples.AFTER_ANCHORS));
  }

  MarriageDemoData(
      Offices offices,
      SlotGenerator generator,
      PeakDays peakDays,
      int weeksAhead,
      DemoHistory history) {
    this.offices = offices;
    this.generator = generator;
    this.peakDays = peakDays;
    this.weeksAhead = weeksAhead;
    this.history = history;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (offices.allForAdministration().stream().noneMatch(o -> o.code().equals("JJ"))) {
      createOffices();
    }
    history.createIfMissing(ChinaTime.today());
  }

  private void createOffices() {
    office(
        "JJ",
        "锦江区婚姻登记处",
        OfficeKind.DISTRICT,
        "510104000000",
        "锦江区东大街下东大街段",
        "30.657000",
        "104.083000");
    office(
        "QY",
        "青羊区婚姻登记处",
        OfficeKind.DISTRICT,
        "510105000000",
        "青羊区西御河沿街",
        "30.674000",
        "104.062000");
    office(
        "JJP",
        "锦江区三圣花乡公园式婚姻登记处",
        OfficeKind.PARK,
        "510104000000",
        "锦江区三圣街道花乡农居",
        "30.596000",
        "104.127000");
    LocalDate from = ChinaTime.today().plusDays(1);
    LocalDate peak = peakDayInWindow(from);
    int slots = generator.generate(from, weeksAhead);
    log.info("Marriage demo: 3 offices, {} slots, a peak day on {}", slots, peak);
  }

  /**
   * A peak day inside the booking window, marked before the slots are made so that it opens with
   * the peak-day template: the fixed ones (2·14, 5·20, 七夕) lie months apart, mostly outside the
   * window of the day the demo starts. When none falls inside (on a day the offices open), the
   * first working day from the middle of the window is marked. Answers the peak day.
   */
  private LocalDate peakDayInWindow(LocalDate from) {
    LocalDate end = from.plusWeeks(weeksAhead);
    for (LocalDate day = from; day.isBefore(end); day = day.plusDays(1)) {
      if (peakDays.isPeak(day) && !offices.isHoliday(day)) {
        return day;
      }
    }
    LocalDate day = from.plusDays(weeksAhead * 7L / 2);
    while (day.getDayOfWeek().getValue() > 5 || offices.isHoliday(day)) {
      day = day.plusDays(1);
    }
    peakDays.mark(day, "高峰日（演示）");
    return day;
  }

  private void office(
      String code,
      String name,
      OfficeKind kind,
      String region,
      String address,
      String lat,
      String lon) {
    long id =
        offices.create(
            new NewOffice(
                code,
                name,
                kind,
                region,
                address,
                new BigDecimal(lat),
                new BigDecimal(lon),
                HOURS));
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day == DayOfWeek.SUNDAY) {
        continue;
      }
      halfHours(id, day, LocalTime.of(9, 0), LocalTime.of(12, 0), 6);
      if (day != DayOfWeek.SATURDAY) {
        halfHours(id, day, LocalTime.of(13, 30), LocalTime.of(18, 30), 6);
      }
    }
    // 分时分流错峰: peak days run 8:30-18:30 in 20-minute slots.
    for (LocalTime t = LocalTime.of(8, 30);
        t.isBefore(LocalTime.of(18, 30));
        t = t.plusMinutes(20)) {
      offices.addTemplate(id, SlotTemplate.peak(t, t.plusMinutes(20), 8));
    }
  }

  private void halfHours(long office, DayOfWeek day, LocalTime from, LocalTime to, int capacity) {
    for (LocalTime t = from; t.isBefore(to); t = t.plusMinutes(30)) {
      offices.addTemplate(office, SlotTemplate.regular(day, t, t.plusMinutes(30), capacity));
    }
  }
}
