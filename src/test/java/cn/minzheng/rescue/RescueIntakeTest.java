package cn.minzheng.rescue;

import static cn.minzheng.registry.RegistryTestData.as;
import static cn.minzheng.rescue.RescueTestData.CITY;
import static cn.minzheng.rescue.RescueTestData.JINJIANG;
import static cn.minzheng.rescue.RescueTestData.JINJIANG_STAFF;
import static cn.minzheng.rescue.RescueTestData.QINGYANG;
import static cn.minzheng.rescue.RescueTestData.arrival;
import static cn.minzheng.rescue.RescueTestData.arrivalDaysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.registry.LifeStatus;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.rescue.intake.Admissions;
import cn.minzheng.rescue.intake.Admissions.Description;
import cn.minzheng.rescue.intake.ExitKind;
import cn.minzheng.rescue.intake.Exits;
import cn.minzheng.rescue.intake.Exits.ExitForm;
import cn.minzheng.rescue.intake.Identities;
import cn.minzheng.rescue.intake.IntakeQueries;
import cn.minzheng.rescue.intake.IntakeQueries.Filter;
import cn.minzheng.rescue.intake.IntakeRow;
import cn.minzheng.rescue.intake.Photos;
import cn.minzheng.rescue.intake.StayRecords;
import cn.minzheng.rescue.stations.RescueStations;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.testing.IdNumbers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Intake, the stay limit, services, linking and identification, and exits, against the real
 * database and the registry's published facades.
 */
@SpringBootTest
class RescueIntakeTest {

  static final byte[] JPEG = {
    (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F'
  };

  @Autowired RescueStations stations;
  @Autowired Admissions admissions;
  @Autowired IntakeQueries queries;
  @Autowired StayRecords records;
  @Autowired Identities identities;
  @Autowired Exits exits;
  @Autowired RegistryFixtures registry;
  @Autowired PersonDirectory persons;
  @Autowired JdbcClient jdbc;
  @Autowired Photos photos;

  @Test
  void aKnownPersonIsFoundByIdNumberAndARepeatedIntakeJoinsTheSameHistory() {
    long station = RescueTestData.station(stations, JINJIANG);
    Person p = registry.person("救助甲", RegistryTestData.COMMUNITY);
    long first = admitKnown(p.idNumber(), arrival(station, ChinaTime.today().minusDays(40)));
    exit(first, "LEFT", ChinaTime.today().minusDays(38));
    long second = admitKnown(p.idNumber(), arrivalDaysAgo(station, 1));

    IntakeRow stay = queries.find(second).orElseThrow();
    assertThat(stay.personId()).isEqualTo(p.id());
    assertThat(stay.personName()).isEqualTo("救助甲");
    assertThat(stay.regionCode()).isEqualTo(JINJIANG);
    assertThat(queries.samePerson(stay)).extracting(IntakeRow::id).containsExactly(first, second);
    assertThat(stay.intakeNo())
        .matches("JZ-T[0-9]+-" + ChinaTime.today().minusDays(1).getYear() + "-[0-9]{6}");
  }

  @Test
  void aSecondIntakeWhileThePersonIsStillInTheStationIsRefused() {
    long station = RescueTestData.station(stations, JINJIANG);
    Person p = registry.person("救助乙", RegistryTestData.COMMUNITY);
    admitKnown(p.idNumber(), arrivalDaysAgo(station, 2));
    assertThatThrownBy(() -> admitKnown(p.idNumber(), arrivalDaysAgo(station, 0)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("正在站内受助")
        .extracting(e -> ((InvalidInput) e).field())
        .isEqualTo("idNumber");
  }

  @Test
  void aWrongCheckDigitOrAnUnknownPersonIsRefusedNamingTheIdNumber() {
    long station = RescueTestData.station(stations, JINJIANG);
    String valid = IdNumbers.uniqueIdNumber(true);
    char last = valid.charAt(17);
    String wrong = valid.substring(0, 17) + (last == '1' ? '2' : '1');
    assertThatThrownBy(() -> admitKnown(wrong, arrivalDaysAgo(station, 0)))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("身份证号：身份证号码校验位错误");
    assertThatThrownBy(() -> admitKnown(valid, arrivalDaysAgo(station, 0)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("人口库中没有此人");
    assertThat(count("select count(*) from rescue.intake where station_id = ?", station)).isZero();
  }

  @Test
  void aStationOutsideTheCallersScopeOrADayInTheFutureIsRefused() {
    long qingyang = RescueTestData.station(stations, QINGYANG);
    Person p = registry.person("救助丙", RegistryTestData.COMMUNITY);
    assertThatThrownBy(
            () ->
                as(
                    JINJIANG_STAFF,
                    () ->
                        admissions.admitKnown(
                            p.idNumber(),
                            arrivalDaysAgo(qingyang, 0),
                            code -> code.startsWith("510104"),
                            "jinjiang")))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("救助站：请选择您所在的救助站");
    assertThatThrownBy(
            () -> admitKnown(p.idNumber(), arrival(qingyang, ChinaTime.today().plusDays(1))))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("入站日期：不能晚于今天");
  }

  @Test
  void temporaryNumbersCountPerStationAndYear() {
    long a = RescueTestData.station(stations, JINJIANG);
    long b = RescueTestData.station(stations, JINJIANG);
    LocalDate lastYear = LocalDate.of(ChinaTime.today().getYear() - 1, 12, 31);
    long a1 = admitUnknown(arrival(a, lastYear), null);
    exitUnknown(a1, lastYear);
    long a2 = admitUnknown(arrivalDaysAgo(a, 0), null);
    long a3 = admitUnknown(arrivalDaysAgo(a, 0), null);
    long b1 = admitUnknown(arrivalDaysAgo(b, 0), null);
    String codeA = stations.find(a).orElseThrow().shortCode();
    String codeB = stations.find(b).orElseThrow().shortCode();
    int year = ChinaTime.today().getYear();
    assertThat(
            List.of(a1, a2, a3, b1).stream()
                .map(id -> queries.find(id).orElseThrow().temporaryNo()))
        .containsExactly(
            "LS-" + codeA + "-" + (year - 1) + "-0001",
            "LS-" + codeA + "-" + year + "-0001",
            "LS-" + codeA + "-" + year + "-0002",
            "LS-" + codeB + "-" + year + "-0001");
  }

  @Test
  void anUnidentifiedPersonNeedsADescriptionAndAPlausibleAge() {
    long station = RescueTestData.station(stations, JINJIANG);
    assertThatThrownBy(
            () ->
                as(
                    CITY,
                    () ->
                        admissions.admitUnidentified(
                            new Description(" ", "MALE", "50", null),
                            arrivalDaysAgo(station, 0),
                            code -> true,
                            "t")))
        .hasMessage("体貌特征：请填写");
    assertThatThrownBy(
            () ->
                as(
                    CITY,
                    () ->
                        admissions.admitUnidentified(
                            new Description("高约170厘米", "MALE", "121", null),
                            arrivalDaysAgo(station, 0),
                            code -> true,
                            "t")))
        .hasMessage("估计年龄：请填写 0 至 120 的整数");
  }

  @Test
  void aPhotoMustBeAnImageWithinTheLimitAndTheSameImageIsKeptOnce() {
    long station = RescueTestData.station(stations, JINJIANG);
    byte[] script = "<script>alert(1)</script>".getBytes();
    assertThatThrownBy(() -> admitUnknown(arrivalDaysAgo(station, 0), script))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("照片：只接受 JPEG 或 PNG 图片");
    byte[] big = new byte[2 * 1024 * 1024 + 1];
    System.arraycopy(JPEG, 0, big, 0, JPEG.length);
    assertThatThrownBy(() -> admitUnknown(arrivalDaysAgo(station, 0), big))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("照片：文件过大，不能超过 2048 KB");
    // nothing half-written: no temporary record, no stay
    assertThat(count("select count(*) from rescue.unidentified where station_id = ?", station))
        .isZero();

    long id = admitUnknown(arrivalDaysAgo(station, 0), JPEG);
    long unidentified = queries.find(id).orElseThrow().unidentifiedId();
    as(CITY, () -> photosStore(unidentified));
    assertThat(count("select count(*) from rescue.photo where unidentified_id = ?", unidentified))
        .isEqualTo(1);
    assertThat(
            jdbc.sql("select content_type from rescue.photo where unidentified_id = ?")
                .param(unidentified)
                .query(String.class)
                .single())
        .isEqualTo("image/jpeg");
  }

  private long photosStore(long unidentified) {
    return photos.store(unidentified, JPEG, "t");
  }

  @Test
  void onTheTenthDayAStayIsNotOverdueOnTheEleventhItIsAndAnExtensionWithAReasonLiftsIt() {
    long station = RescueTestData.station(stations, JINJIANG);
    long tenth =
        admitUnknown(arrivalDaysAgo(station, 9), null); // admitted 9 days ago: today is day 10
    long eleventh = admitUnknown(arrivalDaysAgo(station, 10), null); // today is day 11
    Filter overdue = new Filter(station, true, true, null);
    assertThat(queries.find(tenth).orElseThrow().days()).isEqualTo(10);
    assertThat(queries.find(eleventh).orElseThrow().days()).isEqualTo(11);
    assertThat(overdueIds(overdue)).containsExactly(eleventh);

    IntakeRow late = queries.find(eleventh).orElseThrow();
    assertThatThrownBy(
            () -> records.extend(late, ChinaTime.today().plusDays(5).toString(), "  ", "t"))
        .hasMessage("延长原因：请填写");
    assertThatThrownBy(() -> records.extend(late, late.lastDay().toString(), "住院治疗", "t"))
        .hasMessage("延长至：须晚于当前救助期限 " + late.lastDay());
    as(CITY, () -> extend(late, ChinaTime.today().plusDays(5), "住院治疗，待出院后护送"));
    assertThat(overdueIds(overdue)).isEmpty();
    assertThat(records.extensions(eleventh))
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo("住院治疗，待出院后护送"));
  }

  @Test
  void medicalTreatmentAndTransportCarryTheirCostAndServicesLieWithinTheStay() {
    long station = RescueTestData.station(stations, JINJIANG);
    long id = admitUnknown(arrivalDaysAgo(station, 3), null);
    IntakeRow stay = queries.find(id).orElseThrow();
    String today = ChinaTime.today().toString();
    assertThatThrownBy(() -> records.addService(stay, "MEDICAL", today, "", null, "t"))
        .hasMessage("费用：请填写金额");
    assertThatThrownBy(
            () ->
                records.addService(
                    stay, "FOOD", ChinaTime.today().minusDays(4).toString(), null, null, "t"))
        .hasMessageStartingWith("服务日期：须在救助期间");
    as(CITY, () -> records.addService(stay, "MEDICAL", today, "356.50", "门诊清创", "t"));
    as(CITY, () -> records.addService(stay, "FOOD", today, null, null, "t"));
    assertThat(records.services(id))
        .extracting(s -> s.kind().name() + ":" + s.cost())
        .containsExactly("MEDICAL:356.50", "FOOD:null");
  }

  @Test
  void linkedTemporaryRecordsAreMergedIntoTheRegistryPersonWithEveryIntakeAndAudited() {
    long jinjiang = RescueTestData.station(stations, JINJIANG);
    long first = admitUnknown(arrival(jinjiang, ChinaTime.today().minusDays(60)), null);
    as(
        CITY,
        () ->
            records.startSearch(
                queries.find(first).orElseThrow(),
                "FINGERPRINT",
                ChinaTime.today().minusDays(59).toString(),
                "t"));
    exitUnknown(first, ChinaTime.today().minusDays(55));
    long again =
        as(
            CITY,
            () ->
                admissions.readmitUnidentified(
                    queries.find(first).orElseThrow().unidentifiedId(),
                    arrival(jinjiang, ChinaTime.today().minusDays(30)),
                    code -> true,
                    "t"));
    exitUnknown(again, ChinaTime.today().minusDays(28));
    long third = admitUnknown(arrivalDaysAgo(jinjiang, 2), null);
    IntakeRow now = queries.find(third).orElseThrow();
    String firstNo = queries.find(first).orElseThrow().temporaryNo();
    as(CITY, () -> link(now, firstNo));
    assertThat(queries.samePerson(now))
        .extracting(IntakeRow::id)
        .containsExactly(first, again, third);

    Person p = registry.person("查明丁", RegistryTestData.COMMUNITY);
    int moved = as(CITY, () -> identities.identify(now, p.idNumber(), "t"));
    assertThat(moved).isEqualTo(3);
    for (long id : List.of(first, again, third)) {
      IntakeRow row = queries.find(id).orElseThrow();
      assertThat(row.personId()).isEqualTo(p.id());
      assertThat(row.personName()).isEqualTo("查明丁");
      assertThat(row.temporaryNo()).startsWith("LS-"); // how the person came in stays visible
    }
    assertThat(records.searches(first)).hasSize(1); // the history stays with its stay
    assertThat(
            count(
                "select count(*) from platform.audit_log where action = 'rescue.unidentified.identify'"
                    + " and detail like ?",
                "person " + p.id() + "; intakes moved 3%"))
        .isEqualTo(1);
    // a known intake of the same person now continues the one history
    IntakeRow identified = queries.find(third).orElseThrow();
    exit(third, "LEFT", ChinaTime.today());
    long fourth = admitKnown(p.idNumber(), arrivalDaysAgo(jinjiang, 0));
    assertThat(queries.samePerson(queries.find(fourth).orElseThrow()))
        .extracting(IntakeRow::id)
        .containsExactly(first, again, identified.id(), fourth);
    assertThatThrownBy(() -> identities.identify(identified, p.idNumber(), "t"))
        .hasMessage("身份证号：此人身份已查明");
  }

  @Test
  void returningHomeHandsTheKnownPersonOverToTheCountyOfHouseholdRegistration() {
    long station = RescueTestData.station(stations, JINJIANG);
    Person p = registry.personRegisteredIn("返乡戊", RegistryTestData.COMMUNITY, "511302003001");
    long id = admitKnown(p.idNumber(), arrivalDaysAgo(station, 3));
    IntakeRow stay = queries.find(id).orElseThrow();
    assertThatThrownBy(
            () ->
                exits.exit(
                    stay,
                    new ExitForm(
                        "RETURNED_HOME", ChinaTime.today().toString(), "", "李四", null, null, null),
                    "t"))
        .hasMessage("护送人员：请填写");
    as(
        CITY,
        () -> {
          exits.exit(
              stay,
              new ExitForm(
                  "RETURNED_HOME",
                  ChinaTime.today().toString(),
                  "张三、王五",
                  "顺庆区民政局李四",
                  null,
                  null,
                  null),
              "t");
          return null;
        });
    IntakeRow done = queries.find(id).orElseThrow();
    assertThat(done.exitKind()).isEqualTo(ExitKind.RETURNED_HOME);
    assertThat(done.receivingCountyCode()).isEqualTo("511302000000");
    assertThat(done.escort()).isEqualTo("张三、王五");
    assertThatThrownBy(
            () ->
                exits.exit(
                    done,
                    new ExitForm(
                        "LEFT", ChinaTime.today().toString(), null, null, null, null, null),
                    "t"))
        .hasMessage("离站方式：该人员已离站");
  }

  @Test
  void anUnidentifiedPersonCannotBeEscortedHomeButMayBePlaced() {
    long station = RescueTestData.station(stations, JINJIANG);
    long id = admitUnknown(arrivalDaysAgo(station, 5), null);
    IntakeRow stay = queries.find(id).orElseThrow();
    String today = ChinaTime.today().toString();
    assertThatThrownBy(
            () ->
                exits.exit(
                    stay,
                    new ExitForm("RETURNED_HOME", today, "张三", "李四", "511302000000", null, null),
                    "t"))
        .hasMessage("离站方式：身份不明人员不能护送返乡，请先查明身份");
    assertThatThrownBy(
            () -> exits.exit(stay, new ExitForm("PLACED", today, null, null, null, " ", null), "t"))
        .hasMessage("安置机构：请填写");
    as(
        CITY,
        () -> {
          exits.exit(
              stay, new ExitForm("PLACED", today, null, null, null, "成都市第一社会福利院", null), "t");
          return null;
        });
    assertThat(queries.find(id).orElseThrow().institution()).isEqualTo("成都市第一社会福利院");
  }

  @Test
  void aDeathInTheStationIsRecordedInTheRegistry() {
    long station = RescueTestData.station(stations, JINJIANG);
    Person p = registry.person("亡故己", RegistryTestData.COMMUNITY);
    long id = admitKnown(p.idNumber(), arrivalDaysAgo(station, 4));
    LocalDate died = ChinaTime.today().minusDays(1);
    exit(id, "DIED", died);
    var person = persons.find(p.id()).orElseThrow();
    assertThat(person.lifeStatus()).isEqualTo(LifeStatus.DECEASED);
    assertThat(person.dateOfDeath()).isEqualTo(died);
    assertThat(queries.find(id).orElseThrow().exitKind()).isEqualTo(ExitKind.DIED);
  }

  @Test
  void anExitBeforeTheDayOfAdmissionIsRefused() {
    long station = RescueTestData.station(stations, JINJIANG);
    long id = admitUnknown(arrivalDaysAgo(station, 2), null);
    IntakeRow stay = queries.find(id).orElseThrow();
    assertThatThrownBy(
            () ->
                exits.exit(
                    stay,
                    new ExitForm(
                        "LEFT",
                        ChinaTime.today().minusDays(3).toString(),
                        null,
                        null,
                        null,
                        null,
                        null),
                    "t"))
        .hasMessage("离站日期：不能早于入站日期 " + stay.admittedOn());
  }

  private List<Long> overdueIds(Filter filter) {
    return queries.list(RegionFilter.all(), filter, PageQuery.first("admitted_on")).items().stream()
        .map(IntakeRow::id)
        .toList();
  }

  private Object extend(IntakeRow stay, LocalDate until, String reason) {
    records.extend(stay, until.toString(), reason, "t");
    return null;
  }

  private Object link(IntakeRow stay, String no) {
    identities.link(stay, no, code -> true, "t");
    return null;
  }

  private long admitKnown(String idNumber, Admissions.Arrival arrival) {
    return as(CITY, () -> admissions.admitKnown(idNumber, arrival, code -> true, "t"));
  }

  private long admitUnknown(Admissions.Arrival arrival, byte[] photo) {
    return as(
        CITY,
        () ->
            admissions.admitUnidentified(
                new Description("男，高约170厘米，偏瘦，川北口音", "MALE", "55", photo),
                arrival,
                code -> true,
                "t"));
  }

  private void exit(long id, String kind, LocalDate on) {
    as(
        CITY,
        () -> {
          exits.exit(
              queries.find(id).orElseThrow(),
              new ExitForm(kind, on.toString(), null, null, null, null, null),
              "t");
          return null;
        });
  }

  private void exitUnknown(long id, LocalDate on) {
    exit(id, "LEFT", on);
  }

  private long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }
}
