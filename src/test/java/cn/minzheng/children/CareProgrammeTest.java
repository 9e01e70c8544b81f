package cn.minzheng.children;

import static cn.minzheng.registry.RegistryTestData.as;
import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.children.allowance.CareType;
import cn.minzheng.children.care.CareCounts;
import cn.minzheng.children.care.CareProgramme;
import cn.minzheng.children.care.CareProgramme.Round;
import cn.minzheng.children.care.CareProgramme.School;
import cn.minzheng.children.care.ScreeningFollowUps;
import cn.minzheng.children.care.ScreeningImports;
import cn.minzheng.children.care.ScreeningImports.RowError;
import cn.minzheng.children.care.ScreeningType;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.XlsxRows;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 关爱行动: a school's screening file imported all or nothing (row-level errors with line and column,
 * the same file twice recognised, one file per school and round), pupils matched to the registry by
 * blind index, special-group children first on the follow-up list, overdue the day after the
 * deadline, counts by school, district and type, and the district scope on page and API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CareProgrammeTest {

  static final String[] HEADER = {"身份证号", "学籍号", "姓名", "年级", "近视", "龋齿", "心理健康", "脊柱侧弯"};
  private static final AtomicInteger SEQ = new AtomicInteger();
  private static final String CHENGHUA = "510105000000";

  @Autowired MockMvc mvc;
  @Autowired CareProgramme programme;
  @Autowired ScreeningImports imports;
  @Autowired ScreeningFollowUps followUps;
  @Autowired CareCounts counts;
  @Autowired ChildrenTestData data;
  @Autowired JdbcClient jdbc;

  private static final LocalDate IMPORTED_ON = LocalDate.of(2026, 3, 2);

  @Test
  void aSchoolFileIsMatchedByIdNumberAndItsPositivesListedSpecialGroupChildrenFirst() {
    Round round = round(30);
    School school = school(RegistryTestData.COMMUNITY);
    RegistryFixtures.Person registered =
        data.child(LocalDate.of(2015, 4, 1), RegistryTestData.COMMUNITY);
    RegistryFixtures.Person orphan =
        data.child(LocalDate.of(2014, 6, 1), RegistryTestData.COMMUNITY);
    data.approved(orphan, "ORPHAN", CareType.SCATTERED, LocalDate.of(2025, 9, 10));
    String orphanIdNumber = orphan.idNumber();
    String unregistered = ChildrenTestData.idNumberBornOn(LocalDate.of(2016, 2, 2));

    ScreeningImports.Result result =
        importAs(
            round,
            school,
            xlsx(
                row(registered.idNumber(), "", "甲", "三年级", "异常", "正常", "", ""),
                row(orphanIdNumber, "G1", "乙", "四年级", "", "异常", "正常", ""),
                row("", "G2", "丙", "四年级", "正常", "正常", "正常", "正常"),
                row(unregistered, "", "丁", "五年级", "", "", "", "阳性")),
            IMPORTED_ON);

    assertThat(result.repeated()).isFalse();
    assertThat(result.batch().state()).isEqualTo("IMPORTED");
    assertThat(result.batch().rowsTotal()).isEqualTo(4);
    assertThat(result.batch().rowsMatched()).isEqualTo(2);
    assertThat(result.batch().rowsPositive()).isEqualTo(3);
    assertThat(result.batch().rowsRejected()).isZero();

    List<ScreeningFollowUps.Line> lines =
        followUps.list(query(round, school, ScreeningFollowUps.Filter.ALL, IMPORTED_ON), 20, 0);
    assertThat(lines)
        .extracting(ScreeningFollowUps.Line::name, ScreeningFollowUps.Line::screeningType)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("乙", "CARIES"),
            org.assertj.core.groups.Tuple.tuple("甲", "MYOPIA"),
            org.assertj.core.groups.Tuple.tuple("丁", "SCOLIOSIS"));
    assertThat(lines.get(0).specialCategory()).isEqualTo("孤儿");
    assertThat(lines.get(1).specialCategory()).isNull();
    assertThat(lines.get(0).maskedId()).isEqualTo(IdCardNo.parse(orphanIdNumber).masked());
    assertThat(lines)
        .allSatisfy(l -> assertThat(l.followUpDue()).isEqualTo(IMPORTED_ON.plusDays(30)));
    assertThat(followUps.count(priorityOnly(round, school))).isEqualTo(1);
  }

  @Test
  void aFileWithAnyBadRowImportsNobodyAndReportsRowColumnAndReason() {
    Round round = round(30);
    School school = school(RegistryTestData.COMMUNITY);
    String valid = ChildrenTestData.idNumberBornOn(LocalDate.of(2015, 1, 1));
    String badCheck = wrongCheckDigit(ChildrenTestData.idNumberBornOn(LocalDate.of(2015, 1, 2)));

    ScreeningImports.Result result =
        importAs(
            round,
            school,
            xlsx(
                row(valid, "", "甲", "一年级", "正常", "", "", ""),
                row(badCheck, "", "乙", "一年级", "正常", "", "", ""),
                row("", "S9", "丙", "一年级", "轻度", "", "", ""),
                row("", "S7", "丁", "一年级", "", "异常", "", ""),
                row("", "S7", "戊", "一年级", "", "正常", "", ""),
                row(valid, "", "己", "一年级", "", "正常", "", ""),
                row("", "", "庚", "一年级", "正常", "", "", ""),
                row("", "S8", "", "一年级", "正常", "", "", "")),
            IMPORTED_ON);

    assertThat(result.batch().state()).isEqualTo("REJECTED");
    assertThat(result.batch().rowsTotal()).isEqualTo(8);
    assertThat(result.batch().rowsRejected()).isEqualTo(6);
    List<RowError> errors = imports.errors(result.batch().id(), 100);
    assertThat(errors).extracting(RowError::line).containsExactly(3, 4, 6, 7, 8, 9);
    assertThat(errors.get(0).field()).isEqualTo("身份证号");
    assertThat(errors.get(0).reason()).contains("校验");
    assertThat(errors.get(1).field()).isEqualTo("近视");
    assertThat(errors.get(1).reason()).contains("正常", "异常", "轻度");
    assertThat(errors.get(2)).isEqualTo(new RowError(6, "学籍号", "与第5行重复"));
    assertThat(errors.get(3)).isEqualTo(new RowError(7, "身份证号", "与第2行重复"));
    assertThat(errors.get(4).reason()).isEqualTo("身份证号和学籍号至少填写一项");
    assertThat(errors.get(5)).isEqualTo(new RowError(9, "姓名", "请填写姓名"));
    assertThat(pupilsOf(result.batch().id())).isZero();
  }

  @Test
  void aWrongHeaderIsReportedOnLineOne() {
    ScreeningImports.Result result =
        importAs(
            round(30),
            school(RegistryTestData.COMMUNITY),
            xlsxWithHeader(new String[] {"身份证", "姓名"}, row("", "S1", "甲", "", "正常", "", "", "")),
            IMPORTED_ON);
    assertThat(result.batch().state()).isEqualTo("REJECTED");
    assertThat(imports.errors(result.batch().id(), 10))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(1);
              assertThat(e.field()).isEqualTo("表头");
              assertThat(e.reason()).contains("身份证号、学籍号、姓名");
            });
  }

  @Test
  void theSameFileTwiceChangesNothingAndASecondFileForTheSchoolIsRefused() {
    Round round = round(30);
    School school = school(RegistryTestData.COMMUNITY);
    byte[] file = xlsx(row("", "A1", "甲", "", "异常", "", "", ""));
    ScreeningImports.Result first = importAs(round, school, file, IMPORTED_ON);
    ScreeningImports.Result again = importAs(round, school, file, IMPORTED_ON.plusDays(1));

    assertThat(again.repeated()).isTrue();
    assertThat(again.batch().id()).isEqualTo(first.batch().id());
    assertThat(pupilsOf(first.batch().id())).isEqualTo(1);
    assertThatThrownBy(
            () ->
                importAs(
                    round, school, xlsx(row("", "A2", "乙", "", "正常", "", "", "")), IMPORTED_ON))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("该校本轮筛查已导入");
    // a rejected file does not count as the school's import: the corrected one goes in
    School other = school(RegistryTestData.COMMUNITY);
    ScreeningImports.Result bad =
        importAs(round, other, xlsx(row("", "", "甲", "", "正常", "", "", "")), IMPORTED_ON);
    ScreeningImports.Result fixed =
        importAs(round, other, xlsx(row("", "B1", "甲", "", "正常", "", "", "")), IMPORTED_ON);
    assertThat(bad.batch().state()).isEqualTo("REJECTED");
    assertThat(fixed.batch().state()).isEqualTo("IMPORTED");
  }

  @Test
  void aPositiveIsOverdueTheDayAfterTheDeadlineNotOnIt() {
    Round round = round(14);
    School school = school(RegistryTestData.COMMUNITY);
    importAs(round, school, xlsx(row("", "O1", "甲", "", "", "", "异常", "")), IMPORTED_ON);
    LocalDate deadline = LocalDate.of(2026, 3, 16); // 2 March + 14 days

    assertThat(followUps.count(query(round, school, ScreeningFollowUps.Filter.OVERDUE, deadline)))
        .isZero();
    assertThat(
            followUps.count(
                query(round, school, ScreeningFollowUps.Filter.OVERDUE, deadline.plusDays(1))))
        .isEqualTo(1);
    assertThat(
            followUps
                .list(
                    query(round, school, ScreeningFollowUps.Filter.OPEN, deadline.plusDays(1)),
                    10,
                    0)
                .get(0)
                .overdue())
        .isTrue();
  }

  @Test
  void countsBySchoolDistrictAndType() {
    Round round = round(30);
    School a = school(RegistryTestData.COMMUNITY);
    School b = school(RegistryTestData.SIBLING_STREET_COMMUNITY);
    School c = school(RegistryTestData.SIBLING_DISTRICT_COMMUNITY);
    importAs(
        round,
        a,
        xlsx(row("", "1", "甲", "", "异常", "异常", "", ""), row("", "2", "乙", "", "正常", "异常", "", "")),
        IMPORTED_ON);
    importAs(round, b, xlsx(row("", "1", "丙", "", "异常", "", "", "")), IMPORTED_ON);
    importAs(round, c, xlsx(row("", "1", "丁", "", "", "", "正常", "异常")), IMPORTED_ON);

    List<CareCounts.Row> schools = counts.bySchool(round.id(), null, IMPORTED_ON);
    assertThat(schools)
        .extracting(CareCounts.Row::code)
        .containsExactly(a.code(), b.code(), c.code());
    CareCounts.Row first = schools.get(0);
    assertThat(first.pupils()).isEqualTo(2);
    assertThat(first.screened(ScreeningType.MYOPIA)).isEqualTo(2);
    assertThat(first.positive(ScreeningType.MYOPIA)).isEqualTo(1);
    assertThat(first.positive(ScreeningType.CARIES)).isEqualTo(2);
    List<CareCounts.Row> districts =
        CareCounts.byDistrict(schools, java.util.Map.of("510104000000", "锦江区"));
    assertThat(districts).extracting(CareCounts.Row::name).containsExactly("锦江区", CHENGHUA);
    assertThat(districts.get(0).pupils()).isEqualTo(3);
    assertThat(districts.get(0).positive(ScreeningType.MYOPIA)).isEqualTo(2);
    CareCounts.Row total = CareCounts.total(schools);
    assertThat(total.pupils()).isEqualTo(4);
    assertThat(total.screened(ScreeningType.MENTAL)).isEqualTo(1);
    assertThat(total.positive(ScreeningType.SCOLIOSIS)).isEqualTo(1);
    assertThat(total.positives()).isEqualTo(5);

    List<CareCounts.Row> jinjiangOnly =
        counts.bySchool(round.id(), new String[] {RegistryTestData.COMMUNITY}, IMPORTED_ON);
    assertThat(jinjiangOnly).extracting(CareCounts.Row::code).containsExactly(a.code());
  }

  @Test
  void uploadOnThePageShowsTheFollowUpListAndAnotherDistrictSeesNothing() throws Exception {
    Round round = round(30);
    School school = school(RegistryTestData.COMMUNITY);
    byte[] file = xlsx(row("", "P1", "上传甲", "", "异常", "", "", ""));
    var jinjiang = auth("510104000000", Role.DISTRICT_APPROVER);
    var chenghua = auth(CHENGHUA, Role.DISTRICT_APPROVER);

    mvc.perform(
            multipart("/children/care/imports")
                .file(new MockMultipartFile("file", "s.xlsx", null, file))
                .param("round", String.valueOf(round.id()))
                .param("school", String.valueOf(school.id()))
                .with(authentication(chenghua))
                .with(csrf()))
        .andExpect(status().isNotFound());
    String location =
        mvc.perform(
                multipart("/children/care/imports")
                    .file(new MockMultipartFile("file", "s.xlsx", null, file))
                    .param("round", String.valueOf(round.id()))
                    .param("school", String.valueOf(school.id()))
                    .with(authentication(jinjiang))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).startsWith("/children/care/imports/");
    mvc.perform(get(location).with(authentication(chenghua))).andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/children/care/imports/" + location.substring(23))
                .with(authentication(chenghua)))
        .andExpect(status().isNotFound());

    String page =
        mvc.perform(
                get("/children/care/follow-ups")
                    .param("round", String.valueOf(round.id()))
                    .with(authentication(jinjiang)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("上传甲", "近视");
    mvc.perform(
            get("/api/v1/children/care/follow-ups")
                .param("round", String.valueOf(round.id()))
                .with(authentication(chenghua)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(
            get("/api/v1/children/care/follow-ups")
                .param("round", String.valueOf(round.id()))
                .with(authentication(jinjiang)))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].name").value("上传甲"));

    long pupil =
        jdbc.sql("select id from children.screening_pupil where round_id = ?")
            .param(round.id())
            .query(Long.class)
            .single();
    mvc.perform(
            post("/children/care/follow-ups/" + pupil)
                .param("type", "CARIES")
                .param("doneOn", "2026-03-03")
                .param("outcome", "复查")
                .with(authentication(auth(RegistryTestData.COMMUNITY, Role.CHILD_PROTECTION)))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("problem", "该学生的龋齿筛查结果不是异常，无需随访"));
    mvc.perform(
            post("/children/care/follow-ups/" + pupil)
                .param("type", "MYOPIA")
                .param("doneOn", "2026-03-03")
                .param("outcome", "已配镜")
                .with(
                    authentication(
                        auth(RegistryTestData.SIBLING_DISTRICT_COMMUNITY, Role.CHILD_PROTECTION)))
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/children/care/follow-ups/" + pupil)
                .param("type", "MYOPIA")
                .param("doneOn", "2026-03-03")
                .param("outcome", "已配镜")
                .with(authentication(auth(RegistryTestData.COMMUNITY, Role.CHILD_PROTECTION)))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            get("/api/v1/children/care/follow-ups")
                .param("round", String.valueOf(round.id()))
                .param("state", "DONE")
                .with(authentication(jinjiang)))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].outcome").value("已配镜"));
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefusedNamingTheField() throws Exception {
    Round round = round(30);
    School school = school(RegistryTestData.COMMUNITY);
    var jinjiang = auth("510104000000", Role.DISTRICT_APPROVER);
    mvc.perform(
            multipart("/api/v1/children/care/imports")
                .file(new MockMultipartFile("file", "s.csv", "text/csv", "身份证号,姓名\n".getBytes()))
                .param("round", String.valueOf(round.id()))
                .param("school", String.valueOf(school.id()))
                .with(authentication(jinjiang))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("file"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(".xlsx")));
    String page =
        mvc.perform(
                multipart("/children/care/imports")
                    .file(
                        new MockMultipartFile("file", "s.csv", "text/csv", "身份证号,姓名\n".getBytes()))
                    .param("round", String.valueOf(round.id()))
                    .param("school", String.valueOf(school.id()))
                    .with(authentication(jinjiang))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("文件类型不对");
    mvc.perform(
            multipart("/api/v1/children/care/imports")
                .file(
                    new MockMultipartFile(
                        "file", "s.xlsx", null, xlsx(row("", "Z", "甲", "", "正常", "", "", ""))))
                .param("school", String.valueOf(school.id()))
                .with(authentication(jinjiang))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("round"));
  }

  @Test
  void theStreamedReaderPassesTheHeaderAndSkipsBlankRows() throws Exception {
    byte[] file =
        xlsx(
            row("", "1", "甲", "", "正常", "", "", ""),
            row("", "", "", "", "", "", "", ""),
            row("", "3", "丙", "", "正常", "", "", ""));
    List<Integer> lines = new java.util.ArrayList<>();
    XlsxRows.forEach(new ByteArrayInputStream(file), (line, cells) -> lines.add(line));
    assertThat(lines).containsExactly(1, 2, 4);
  }

  @Test
  void thePagesShowLabelsAndTheCountsDownloadAsExcel() throws Exception {
    Round round = round(30);
    School school = school(RegistryTestData.COMMUNITY);
    ScreeningImports.Result result =
        importAs(round, school, xlsx(row("", "L1", "页面甲", "", "异常", "", "", "")), IMPORTED_ON);
    var jinjiang = auth("510104000000", Role.DISTRICT_APPROVER);

    assertThat(body(get("/children/care").param("round", "" + round.id()), jinjiang))
        .contains("关爱行动", school.name(), "已导入", "导入学校筛查结果");
    assertThat(body(get("/children/care/imports/" + result.batch().id()), jinjiang))
        .contains("已导入", "查看随访名单");
    assertThat(body(get("/children/care/counts").param("round", "" + round.id()), jinjiang))
        .contains("按区县", "锦江区", "近视异常");
    byte[] excel =
        mvc.perform(
                get("/children/care/counts/export")
                    .param("round", "" + round.id())
                    .with(authentication(jinjiang)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
      assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("按学校");
      assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
          .isEqualTo(school.name());
      assertThat(wb.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1.0);
      assertThat(wb.getSheet("按筛查项目").getRow(1).getCell(0).getStringCellValue()).isEqualTo("近视");
    }
    mvc.perform(
            get("/children/care")
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isForbidden());
  }

  private String body(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      cn.minzheng.platform.StaffAuthentication who)
      throws Exception {
    return mvc.perform(request.with(authentication(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  // ---- helpers

  private Round round(int followUpDays) {
    long id =
        as(
            auth(RegistryTestData.CITY, Role.CITY_ADMIN),
            () ->
                programme.openRound(
                    "测试轮次" + UUID.randomUUID(),
                    LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 6, 30),
                    followUpDays,
                    "test"));
    return programme.round(id).orElseThrow();
  }

  private School school(String region) {
    long id =
        programme.saveSchool(
            "T" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000, "测试学校", region, "test");
    return programme.school(id).orElseThrow();
  }

  private ScreeningImports.Result importAs(Round round, School school, byte[] file, LocalDate on) {
    return as(
        auth(RegistryTestData.CITY, Role.CITY_ADMIN),
        () ->
            imports.importFile(
                round,
                school,
                "test.xlsx",
                sha256(file),
                sink -> XlsxRows.forEach(new ByteArrayInputStream(file), sink),
                "test",
                on));
  }

  private ScreeningFollowUps.Query query(
      Round round, School school, ScreeningFollowUps.Filter filter, LocalDate today) {
    return new ScreeningFollowUps.Query(round.id(), school.id(), null, filter, false, null, today);
  }

  private ScreeningFollowUps.Query priorityOnly(Round round, School school) {
    return new ScreeningFollowUps.Query(
        round.id(), school.id(), null, ScreeningFollowUps.Filter.ALL, true, null, IMPORTED_ON);
  }

  private long pupilsOf(long importId) {
    return jdbc.sql("select count(*) from children.screening_pupil where import_id = ?")
        .param(importId)
        .query(Long.class)
        .single();
  }

  static String wrongCheckDigit(String id) {
    char right = id.charAt(17);
    char wrong = right == '1' ? '2' : '1';
    return id.substring(0, 17) + wrong;
  }

  static String[] row(String... cells) {
    return cells;
  }

  static byte[] xlsx(String[]... rows) {
    return xlsxWithHeader(HEADER, rows);
  }

  static byte[] xlsxWithHeader(String[] header, String[]... rows) {
    try (Workbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("筛查结果");
      Row h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      for (int r = 0; r < rows.length; r++) {
        Row x = sheet.createRow(r + 1);
        for (int i = 0; i < rows[r].length; i++) {
          if (!rows[r][i].isEmpty()) {
            x.createCell(i).setCellValue(rows[r][i]);
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static byte[] sha256(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
