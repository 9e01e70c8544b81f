package cn.minzheng.web;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.assistance.AssistanceFixtures;
import cn.minzheng.assistance.AssistanceFixtures.Household;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.CaseStore;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.Sex;
import cn.minzheng.shared.TableWorkbook;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Excel exports speak the pages' dictionary: names not codes, Beijing time, money as a number with
 * thousands separators. Each export is read back cell by cell; a column whose head says 代码 holds
 * the code on purpose (next to the name, for re-imports) and is not checked for region codes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExcelExportLabelsTest {

  /** An enum constant's name, a 12-digit region code, an ISO/UTC time, a system account. */
  private static final Pattern RAW_CODE =
      Pattern.compile(
          "[A-Z]{2,}(_[A-Z]+)*|\\d{12}|.*\\d\\dT\\d\\d:\\d\\d.*|migration|demo-generator|system");

  @Autowired MockMvc mvc;
  @Autowired cn.minzheng.registry.RegistryFixtures registry;
  @Autowired cn.minzheng.assistance.cases.CaseApplications applications;
  @Autowired cn.minzheng.assistance.cases.CaseWorkflow workflow;
  @Autowired cn.minzheng.assistance.cases.TownshipReview review;
  @Autowired RegionHierarchy regions;
  @Autowired CaseStore store;

  enum Hidden {
    ONE;

    public String label() {
      return "包内枚举";
    }
  }

  @Test
  void aTableWorkbookWritesMoneyAsFormattedNumbersInstantsInBeijingTimeAndEnumsByLabel()
      throws Exception {
    byte[] xlsx =
        new TableWorkbook()
            .sheet(
                "表",
                List.of("金额（元）", "时间", "性别", "类别"),
                List.of(
                    List.of(
                        new BigDecimal("5265076"),
                        Instant.parse("2026-12-07T16:40:44Z"),
                        Sex.FEMALE,
                        Hidden.ONE)))
            .bytes();
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var row = wb.getSheetAt(0).getRow(1);
      assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(5_265_076d);
      DataFormatter shown = new DataFormatter(Locale.ROOT);
      assertThat(shown.formatCellValue(row.getCell(0))).isEqualTo("5,265,076.00");
      // 16:40 UTC is 00:40 the next day in Beijing (UTC+8)
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo("2026-12-08 00:40");
      assertThat(row.getCell(2).getStringCellValue()).isEqualTo("女");
      assertThat(row.getCell(3).getStringCellValue()).isEqualTo("包内枚举");
    }
    assertThat(rawCodes(xlsx)).isEmpty();
  }

  @Test
  void theCaseListShowsTheRegionByNameNotItsCode() throws Exception {
    var fx = new AssistanceFixtures(registry, applications, workflow, review);
    Household h = fx.household(1);
    long id =
        fx.file(fx.dibao(h, Category.BOTTOM), AssistanceFixtures.caseworker(), ChinaTime.today());
    String caseNo = store.find(id).orElseThrow().caseNo();
    byte[] xlsx =
        export(
            "/assistance/cases/export?q=" + caseNo,
            StaffAuthentication.of(AssistanceFixtures.caseworker()));
    List<List<String>> rows = cells(xlsx);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get(4)).isEqualTo("所在地区");
    assertThat(rows.get(1).get(0)).isEqualTo(caseNo);
    assertThat(rows.get(1).get(4))
        .isEqualTo(regions.nameOf(AssistanceFixtures.COMMUNITY))
        .doesNotContain(AssistanceFixtures.COMMUNITY);
    assertThat(rawCodes(xlsx)).isEmpty();
  }

  @Test
  void statisticsExportsHoldNoCodes() throws Exception {
    StaffAuthentication district = auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER);
    for (String url :
        List.of(
            "/assistance/statistics/export",
            "/funeral/statistics/export",
            "/disability/statistics/export",
            "/placenames/building-filings/export.xlsx")) {
      assertThat(rawCodes(export(url, district))).as(url).isEmpty();
    }
  }

  private byte[] export(String url, StaffAuthentication who) throws Exception {
    return mvc.perform(get(url).with(authentication(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  /** Every sheet's cells as shown in Excel, row by row (the first sheet only). */
  private static List<List<String>> cells(byte[] xlsx) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    DataFormatter shown = new DataFormatter(Locale.ROOT);
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      wb.getSheetAt(0)
          .forEach(
              row -> {
                List<String> values = new ArrayList<>();
                row.forEach(cell -> values.add(shown.formatCellValue(cell)));
                rows.add(values);
              });
    }
    return rows;
  }

  /** Cells, on any sheet, that show a code where a name belongs: "sheet!row:column value". */
  static List<String> rawCodes(byte[] xlsx) throws Exception {
    List<String> found = new ArrayList<>();
    DataFormatter shown = new DataFormatter(Locale.ROOT);
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : wb) {
        List<String> heads = new ArrayList<>();
        for (var row : sheet) {
          for (var cell : row) {
            String value = shown.formatCellValue(cell).strip();
            int column = cell.getColumnIndex();
            if (row.getRowNum() == sheet.getFirstRowNum()) {
              while (heads.size() <= column) {
                heads.add("");
              }
              heads.set(column, value);
              continue;
            }
            boolean codeColumn = column < heads.size() && heads.get(column).contains("代码");
            if (RAW_CODE.matcher(value).matches() && !(codeColumn && value.matches("\\d{12}"))) {
              found.add(sheet.getSheetName() + "!" + row.getRowNum() + ":" + column + " " + value);
            }
          }
        }
      }
    }
    return found;
  }
}
