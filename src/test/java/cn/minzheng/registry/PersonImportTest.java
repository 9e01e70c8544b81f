package cn.minzheng.registry;

import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.SIBLING_DISTRICT_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.auth;
import static cn.minzheng.testing.IdNumbers.uniqueIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.testing.ZipBombWorkbook;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PersonImportTest {

  @Autowired MockMvc mvc;
  @Autowired PersonDirectory directory;
  @Autowired JdbcClient jdbc;

  /** The run of the last {@link #upload}. */
  private long runId;

  /**
   * Fills the downloaded template: each row is {idNumber, name, residence, group, relationship}.
   */
  private byte[] workbook(List<String[]> rows) throws Exception {
    byte[] template =
        mvc.perform(
                get("/registry/import/template")
                    .with(authentication(auth(STREET, Role.STREET_CASEWORKER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(template));
        var out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.getSheetAt(0);
      int i = 1;
      for (String[] r : rows) {
        Row row = sheet.createRow(i++);
        row.createCell(0).setCellValue(r[0]); // 身份证号
        row.createCell(1).setCellValue(r[1]); // 姓名
        row.createCell(7).setCellValue(r[2]); // 居住地区划代码
        row.createCell(8).setCellValue("锦江路" + i + "号"); // 住址
        row.createCell(13).setCellValue("履行法定职责"); // 法律依据
        if (r.length > 3) {
          row.createCell(14).setCellValue(r[3]); // 家庭编组
          row.createCell(15).setCellValue(r[4]); // 与户主关系
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  /**
   * Uploads the file and waits for its run to end: answers the run's outcome as the page shows it
   * (the progress bar once ended) followed by its error page.
   */
  private String upload(byte[] bytes, String mode) throws Exception {
    String page =
        mvc.perform(
                multipart("/registry/import")
                    .file(
                        new MockMultipartFile(
                            "file", "persons.xlsx", "application/octet-stream", bytes))
                    .param("mode", mode)
                    .with(authentication(auth(STREET, Role.STREET_CASEWORKER)))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher bar = Pattern.compile("id=\"job-run-(\\d+)\"").matcher(page);
    assertThat(bar.find()).as("the page answers with the run's progress bar").isTrue();
    runId = Long.parseLong(bar.group(1));
    Awaitility.await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                !"RUNNING"
                    .equals(
                        jdbc.sql("select state from platform.job_run where id = ?")
                            .param(runId)
                            .query(String.class)
                            .single()));
    return read("/jobs/" + runId + "/progress") + read("/jobs/" + runId + "/errors");
  }

  private String read(String path) throws Exception {
    return mvc.perform(get(path).with(authentication(auth(STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static String wrongCheckDigit(String id) {
    return id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
  }

  private long persons() {
    return jdbc.sql("select count(*) from registry.person").query(Long.class).single();
  }

  @Test
  void reportsRowErrorsWithLineNumbersAndKeepsTheValidRowsWhenAskedTo() throws Exception {
    String good1 = uniqueIdNumber(true);
    String good2 = uniqueIdNumber(false);
    byte[] file =
        workbook(
            List.of(
                new String[] {good1, "导入甲", COMMUNITY},
                new String[] {wrongCheckDigit(uniqueIdNumber(true)), "导入乙", COMMUNITY},
                new String[] {uniqueIdNumber(true), "导入丙", SIBLING_DISTRICT_COMMUNITY},
                new String[] {good2, "阿依古丽·买买提", COMMUNITY}));

    String page = upload(file, "KEEP_VALID");

    assertThat(page).contains("<td>3</td><td>身份证号</td>").contains("<td>4</td><td>居住地区划代码</td>");
    assertThat(directory.findByIdNumber(IdCardNo.parse(good1))).isPresent();
    assertThat(directory.findByIdNumber(IdCardNo.parse(good2)).orElseThrow().name())
        .isEqualTo("阿依古丽·买买提");

    assertThat(page).contains("导入完成").contains("新导入 2 人");
    byte[] report =
        mvc.perform(
                get("/jobs/" + runId + "/errors.xlsx")
                    .with(authentication(auth(STREET, Role.STREET_CASEWORKER))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(report))) {
      assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(3);
    }
  }

  @Test
  void importingTheSameFileTwiceChangesNothing() throws Exception {
    byte[] file =
        workbook(List.<String[]>of(new String[] {uniqueIdNumber(true), "重复导入", COMMUNITY}));
    upload(file, "KEEP_VALID");
    long after = persons();
    long batches =
        jdbc.sql("select count(*) from registry.import_batch").query(Long.class).single();

    String second = upload(file, "KEEP_VALID");

    assertThat(second).contains("该文件已于");
    assertThat(persons()).isEqualTo(after);
    assertThat(jdbc.sql("select count(*) from registry.import_batch").query(Long.class).single())
        .isEqualTo(batches);
  }

  @Test
  void allOrNothingImportsNoRowWhenOneIsWrong() throws Exception {
    String good = uniqueIdNumber(true);
    byte[] file =
        workbook(
            List.of(
                new String[] {good, "全或无甲", COMMUNITY},
                new String[] {wrongCheckDigit(uniqueIdNumber(false)), "全或无乙", COMMUNITY}));
    long before = persons();

    String page = upload(file, "ALL_OR_NOTHING");

    assertThat(page).contains("<td>3</td><td>身份证号</td>").contains("未导入任何数据");
    assertThat(persons()).isEqualTo(before);
    assertThat(directory.findByIdNumber(IdCardNo.parse(good))).isEmpty();
  }

  @Test
  void importsAHouseholdFromRowsSharingAGroup() throws Exception {
    String head = uniqueIdNumber(true);
    String spouse = uniqueIdNumber(false);
    byte[] file =
        workbook(
            List.of(
                new String[] {head, "户主张", COMMUNITY, "H1", "户主"},
                new String[] {spouse, "配偶李", COMMUNITY, "H1", "配偶"}));
    upload(file, "ALL_OR_NOTHING");

    long headId = directory.findByIdNumber(IdCardNo.parse(head)).orElseThrow().id();
    HouseholdSummary household = directory.householdOf(headId).orElseThrow();
    assertThat(household.headPersonId()).isEqualTo(headId);
    assertThat(household.members())
        .extracting(HouseholdSummary.Member::relationship)
        .containsExactly(Relationship.HEAD, Relationship.SPOUSE);
  }

  @Test
  void refusesAFileThatIsNotAnXlsxWhateverItsName() throws Exception {
    long before = persons();
    String page =
        mvc.perform(
                multipart("/registry/import")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "persons.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            "身份证号,姓名\n".getBytes(StandardCharsets.UTF_8)))
                    .with(authentication(auth(STREET, Role.STREET_CASEWORKER)))
                    .with(csrf()))
            .andExpect(status().isUnprocessableEntity())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("文件类型不正确");
    assertThat(persons()).isEqualTo(before);
  }

  @Test
  void refusesAZipBombNamingItWithoutReadingItIntoMemory() throws Exception {
    long before = persons();
    byte[] bomb = ZipBombWorkbook.inflatingTo(300);
    assertThat(bomb.length).isLessThan(2 << 20); // a small upload that would inflate to 300 MB
    String page =
        mvc.perform(
                multipart("/registry/import")
                    .file(
                        new MockMultipartFile(
                            "file",
                            "persons.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            bomb))
                    .with(authentication(auth(STREET, Role.STREET_CASEWORKER)))
                    .with(csrf()))
            .andExpect(status().isUnprocessableEntity())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("解压后异常膨胀");
    assertThat(persons()).isEqualTo(before);
  }
}
