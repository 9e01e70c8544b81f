package cn.minzheng.rescue;

import static cn.minzheng.registry.RegistryTestData.as;
import static cn.minzheng.registry.RegistryTestData.auth;
import static cn.minzheng.rescue.RescueTestData.CITY;
import static cn.minzheng.rescue.RescueTestData.JINJIANG;
import static cn.minzheng.rescue.RescueTestData.JINJIANG_STAFF;
import static cn.minzheng.rescue.RescueTestData.QINGYANG;
import static cn.minzheng.rescue.RescueTestData.QINGYANG_STAFF;
import static cn.minzheng.rescue.RescueTestData.arrival;
import static cn.minzheng.rescue.RescueTestData.arrivalDaysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.rescue.intake.Admissions;
import cn.minzheng.rescue.intake.Admissions.Description;
import cn.minzheng.rescue.intake.Exits;
import cn.minzheng.rescue.intake.Exits.ExitForm;
import cn.minzheng.rescue.intake.IntakeQueries;
import cn.minzheng.rescue.stations.RescueStations;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.testing.IdNumbers;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Rescue pages and API: scope, bad input on page and API, photos, the work list, statistics. */
@SpringBootTest
@AutoConfigureMockMvc
class RescuePagesTest {

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

  @Autowired MockMvc mvc;
  @Autowired RescueStations stations;
  @Autowired Admissions admissions;
  @Autowired Exits exits;
  @Autowired IntakeQueries queries;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;

  @Test
  void aStayOfAnotherDistrictsStationAnswers404OnPageApiAndPhoto() throws Exception {
    long qingyang = RescueTestData.station(stations, QINGYANG);
    long id = admitUnknown(arrivalDaysAgo(qingyang, 1), PNG);
    long photo =
        jdbc.sql(
                "select p.id from rescue.photo p join rescue.intake i"
                    + " on i.unidentified_id = p.unidentified_id where i.id = ?")
            .param(id)
            .query(Long.class)
            .single();
    mvc.perform(get("/rescue/intakes/" + id).with(authentication(JINJIANG_STAFF)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/rescue/intakes/" + id).with(authentication(JINJIANG_STAFF)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/rescue/photos/" + photo).with(authentication(JINJIANG_STAFF)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/rescue/intakes/" + id + "/exit")
                .param("kind", "LEFT")
                .param("exitedOn", ChinaTime.today().toString())
                .with(authentication(JINJIANG_STAFF))
                .with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(queries.find(id).orElseThrow().open()).isTrue();

    mvc.perform(get("/rescue/intakes/" + id).with(authentication(QINGYANG_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("身份不明")))
        .andExpect(content().string(containsString("公安护送")));
    mvc.perform(get("/rescue/photos/" + photo).with(authentication(CITY)))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.IMAGE_PNG))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.audit_log where action = 'rescue.intake.read'"
                        + " and target_id = ?")
                .param(String.valueOf(id))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    // a station's staff see their own station's stays only
    mvc.perform(get("/rescue/intakes").param("state", "ALL").with(authentication(JINJIANG_STAFF)))
        .andExpect(status().isOk())
        .andExpect(
            content().string(not(containsString(queries.find(id).orElseThrow().intakeNo()))));
  }

  @Test
  void theWorkListFlagsTheEleventhDayButNotTheTenth() throws Exception {
    long station = RescueTestData.station(stations, JINJIANG);
    long tenth = admitUnknown(arrivalDaysAgo(station, 9), null);
    long eleventh = admitUnknown(arrivalDaysAgo(station, 10), null);
    String tenthNo = queries.find(tenth).orElseThrow().intakeNo();
    String eleventhNo = queries.find(eleventh).orElseThrow().intakeNo();
    mvc.perform(
            get("/rescue/intakes")
                .param("station", String.valueOf(station))
                .param("overdue", "true")
                .with(authentication(JINJIANG_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(eleventhNo)))
        .andExpect(content().string(not(containsString(tenthNo))))
        .andExpect(content().string(containsString("已超期")));
    mvc.perform(get("/rescue/intakes/" + eleventh).with(authentication(JINJIANG_STAFF)))
        .andExpect(content().string(containsString("已超过救助期限")));
    mvc.perform(get("/rescue/intakes/" + tenth).with(authentication(JINJIANG_STAFF)))
        .andExpect(content().string(not(containsString("已超过救助期限"))));
  }

  @Test
  void aWrongCheckDigitIsRefusedOnThePageNextToTheFieldAndInTheApiAsAProblem() throws Exception {
    long station = RescueTestData.station(stations, JINJIANG);
    String valid = IdNumbers.uniqueIdNumber(false);
    String wrong = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
    mvc.perform(
            post("/rescue/intakes")
                .param("idNumber", wrong)
                .param("stationId", String.valueOf(station))
                .param("admittedOn", ChinaTime.today().toString())
                .param("foundPlace", "春熙路")
                .param("referredBy", "SELF")
                .with(authentication(JINJIANG_STAFF))
                .with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("id=\"known-idNumber-error\"")))
        .andExpect(content().string(containsString("身份证号：身份证号码校验位错误")))
        .andExpect(content().string(not(containsString(wrong))));
    mvc.perform(
            post("/api/v1/rescue/intakes")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"idNumber":"%s","stationId":"%d","admittedOn":"%s","foundPlace":"春熙路",
                     "referredBy":"SELF"}"""
                        .formatted(wrong, station, ChinaTime.today()))
                .with(authentication(JINJIANG_STAFF))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("idNumber"))
        .andExpect(jsonPath("$.detail").value("身份证号：身份证号码校验位错误"));
  }

  @Test
  void theApiAdmitsAKnownPersonAndListsTheStay() throws Exception {
    long station = RescueTestData.station(stations, JINJIANG);
    Person p = registry.person("接口庚", RegistryTestData.COMMUNITY);
    String body =
        mvc.perform(
                post("/api/v1/rescue/intakes")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"idNumber":"%s","stationId":"%d","admittedOn":"%s","foundPlace":"春熙路",
                         "referredBy":"OUTREACH"}"""
                            .formatted(p.idNumber(), station, ChinaTime.today()))
                    .with(authentication(JINJIANG_STAFF))
                    .with(csrf()))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body).contains("JZ-");
    mvc.perform(
            get("/api/v1/rescue/intakes")
                .param("station", String.valueOf(station))
                .with(authentication(JINJIANG_STAFF)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].personName").value("接口庚"));
  }

  @Test
  void aPhotoOfTheWrongTypeOrTooLargeIsRefusedOnTheIntakeFormAndNothingIsWritten()
      throws Exception {
    long station = RescueTestData.station(stations, JINJIANG);
    MockMultipartFile disguised =
        new MockMultipartFile(
            "photo", "face.jpg", "image/jpeg", "MZ\u0090\u0000 not an image".getBytes());
    byte[] big = new byte[2 * 1024 * 1024 + 10];
    System.arraycopy(PNG, 0, big, 0, PNG.length);
    MockMultipartFile tooLarge = new MockMultipartFile("photo", "face.png", "image/png", big);
    for (MockMultipartFile file : new MockMultipartFile[] {disguised, tooLarge}) {
      mvc.perform(
              multipart("/rescue/intakes/unidentified")
                  .file(file)
                  .param("description", "女，约160厘米，短发")
                  .param("sex", "FEMALE")
                  .param("estimatedAge", "40")
                  .param("stationId", String.valueOf(station))
                  .param("admittedOn", ChinaTime.today().toString())
                  .param("foundPlace", "火车北站")
                  .param("referredBy", "PUBLIC")
                  .with(authentication(JINJIANG_STAFF))
                  .with(csrf()))
          .andExpect(status().isUnprocessableEntity())
          .andExpect(content().string(containsString("id=\"photo-error\"")))
          .andExpect(content().string(containsString("照片：")))
          .andExpect(content().string(containsString("女，约160厘米，短发")));
    }
    assertThat(
            jdbc.sql("select count(*) from rescue.unidentified where station_id = ?")
                .param(station)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aPersonEscortedHomeHasAPrintableHandOverRecordNamingTheCountyOfRegistration()
      throws Exception {
    long station = RescueTestData.station(stations, JINJIANG);
    Person p = registry.personRegisteredIn("返乡壬", RegistryTestData.COMMUNITY, "511302003001");
    long id =
        as(
            CITY,
            () -> admissions.admitKnown(p.idNumber(), arrivalDaysAgo(station, 4), c -> true, "t"));
    mvc.perform(get("/rescue/intakes/" + id + "/handover").with(authentication(JINJIANG_STAFF)))
        .andExpect(status().isNotFound()); // not (yet) escorted home
    mvc.perform(
            post("/rescue/intakes/" + id + "/exit")
                .param("kind", "RETURNED_HOME")
                .param("exitedOn", ChinaTime.today().toString())
                .param("escort", "张三")
                .param("receiver", "顺庆区民政局李四")
                .with(authentication(JINJIANG_STAFF))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/rescue/intakes/" + id + "/handover").with(authentication(JINJIANG_STAFF)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("受助人员护送返乡交接记录")))
        // an official document: the station issues it under a number, with the two seal areas
        .andExpect(content().string(containsString("交接〔" + ChinaTime.today().getYear() + "〕")))
        .andExpect(content().string(containsString("data-testid=\"handover-seal-station\"")))
        .andExpect(content().string(containsString("data-testid=\"handover-seal-receiver\"")))
        .andExpect(content().string(containsString("511302000000")))
        .andExpect(content().string(containsString("顺庆区民政局李四")))
        .andExpect(content().string(not(containsString(p.idNumber()))));
    mvc.perform(get("/rescue/intakes/" + id + "/handover").with(authentication(QINGYANG_STAFF)))
        .andExpect(status().isNotFound());
  }

  @Test
  void theStreetCannotReachTheStationsWork() throws Exception {
    mvc.perform(
            get("/rescue/intakes")
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isForbidden());
  }

  @Test
  void personTimesPerMonthStationAndExitOnThePageTheApiAndInExcel() throws Exception {
    String longquanyi = "510112000000";
    long station = RescueTestData.station(stations, longquanyi);
    LocalDate march = LocalDate.of(2025, 3, 10);
    Person p = registry.person("统计辛", RegistryTestData.COMMUNITY);
    long a =
        as(
            CITY,
            () -> admissions.admitKnown(p.idNumber(), arrival(station, march), c -> true, "t"));
    as(CITY, () -> exit(a, "LEFT", march.plusDays(2)));
    long b =
        as(
            CITY,
            () ->
                admissions.admitKnown(
                    p.idNumber(), arrival(station, march.plusDays(20)), c -> true, "t"));
    as(CITY, () -> exit(b, "PLACED", march.plusDays(25)));
    long c = admitUnknown(arrival(station, LocalDate.of(2025, 4, 30)), null);
    as(CITY, () -> exit(c, "LEFT", LocalDate.of(2025, 5, 15))); // 16th day: beyond the limit
    var district = auth(longquanyi, Role.DISTRICT_APPROVER);

    mvc.perform(
            get("/api/v1/rescue/statistics")
                .param("from", "2025-03")
                .param("to", "2025-04")
                .with(authentication(district)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.months[0].month").value("2025-03"))
        .andExpect(jsonPath("$.months[0].personTimes").value(2))
        .andExpect(jsonPath("$.months[1].personTimes").value(1))
        .andExpect(jsonPath("$.months[1].unidentified").value(1))
        .andExpect(jsonPath("$.months[1].overdue").value(1))
        .andExpect(jsonPath("$.districts[0].name").value("龙泉驿区"))
        .andExpect(jsonPath("$.stations[0].placed").value(1))
        .andExpect(jsonPath("$.stations[0].left").value(2));
    mvc.perform(
            get("/rescue/statistics")
                .param("from", "2025-03")
                .param("to", "2025-04")
                .with(authentication(auth(longquanyi, Role.AUDITOR))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("救助 3 人次")))
        .andExpect(content().string(containsString("长期安置")));
    byte[] xlsx =
        mvc.perform(
                get("/rescue/statistics.xlsx")
                    .param("from", "2025-03")
                    .param("to", "2025-04")
                    .with(authentication(district)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(book.getSheet("按月").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("2025-03");
      assertThat(book.getSheet("按月").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2);
      assertThat(book.getSheet("按区县").getRow(1).getCell(0).getStringCellValue()).isEqualTo("龙泉驿区");
    }
    // another district sees none of them
    mvc.perform(
            get("/api/v1/rescue/statistics")
                .param("from", "2025-03")
                .param("to", "2025-04")
                .with(authentication(auth("510106000000", Role.DISTRICT_APPROVER))))
        .andExpect(jsonPath("$.total").value(0));
  }

  private Object exit(long id, String kind, LocalDate on) {
    exits.exit(
        queries.find(id).orElseThrow(),
        new ExitForm(kind, on.toString(), null, null, null, "市救助安置中心", null),
        "t");
    return null;
  }

  private long admitUnknown(Admissions.Arrival arrival, byte[] photo) {
    return as(
        CITY,
        () ->
            admissions.admitUnidentified(
                new Description("男，约60岁，左臂有疤", "MALE", "60", photo), arrival, code -> true, "t"));
  }
}
