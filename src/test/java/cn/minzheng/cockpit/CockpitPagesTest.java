package cn.minzheng.cockpit;

import static cn.minzheng.cockpit.CockpitTestData.JINJIANG;
import static cn.minzheng.cockpit.CockpitTestData.QINGYANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.monitoring.visits.VisitRecords;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.ServiceAccountAuthentication;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The cockpit's pages, Excel and API as each role sees them, over {@link CockpitTestData}. */
@SpringBootTest
@AutoConfigureMockMvc
class CockpitPagesTest {

  static final int YEAR = 2152;
  static final String FIRST_HALF = "kind=HALF&year=" + YEAR + "&part=1";
  private static CockpitTestData data;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures persons;
  @Autowired Entitlements entitlements;
  @Autowired VisitRecords visits;

  @BeforeEach
  void dataSet() {
    synchronized (CockpitPagesTest.class) {
      if (data == null) {
        data = CockpitTestData.load(YEAR, persons, entitlements, visits);
      }
    }
  }

  @Test
  void aDistrictApproverSeesOnlyTheirDistrictAndNotItsSibling() throws Exception {
    StaffAuthentication qingyang = as(QINGYANG, Role.DISTRICT_APPROVER);

    String page = page("/cockpit?" + FIRST_HALF, qingyang);
    assertThat(figureCell(page, "dibao-money")).contains("860.00 元");

    mvc.perform(
            get("/cockpit?" + FIRST_HALF + "&region=" + JINJIANG).with(authentication(qingyang)))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/cockpit/figures/dibao-money?" + FIRST_HALF + "&region=" + JINJIANG)
                .with(authentication(qingyang)))
        .andExpect(status().isNotFound());
  }

  @Test
  void theCitySeesEveryDistrictAndTheAuditorTheAggregatesButNoList() throws Exception {
    String city =
        page("/cockpit/figures/dibao-money?" + FIRST_HALF, as("510100000000", Role.CITY_ADMIN));
    assertThat(city)
        .contains("data-region=\"" + JINJIANG + "\"")
        .contains("data-region=\"" + QINGYANG + "\"");
    assertThat(city).contains("2,225.50 元");

    StaffAuthentication auditor = as("510100000000", Role.AUDITOR);
    assertThat(page("/cockpit?" + FIRST_HALF, auditor)).contains("2,225.50 元");
    mvc.perform(
            get("/cockpit/figures/dibao-money/records?" + FIRST_HALF + "&region=" + JINJIANG)
                .with(authentication(auditor)))
        .andExpect(status().isForbidden());
  }

  @Test
  void streetStaffAreRefused() throws Exception {
    mvc.perform(
            get("/cockpit")
                .with(authentication(as(CockpitTestData.STREET_ONE, Role.STREET_CASEWORKER))))
        .andExpect(status().isForbidden());
  }

  @Test
  void theListBehindAFigureIsPagedAndAudited() throws Exception {
    StaffAuthentication jinjiang = as(JINJIANG, Role.DISTRICT_APPROVER);
    long before = auditEntries();

    String page = page("/cockpit/figures/dibao-money/records?" + FIRST_HALF, jinjiang);

    assertThat(page).contains(data.nameA).contains(data.nameB).doesNotContain(data.nameC);
    assertThat(auditEntries()).isEqualTo(before + 1);
  }

  @Test
  void theHeadlineDownloadsAsExcelWithTheFiguresAndTheRowsNotYetConnected() throws Exception {
    byte[] file =
        mvc.perform(
                get("/cockpit/export?" + FIRST_HALF)
                    .with(authentication(as("510100000000", Role.CITY_ADMIN))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    List<List<String>> rows = rows(file);
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("低保金发放", "低保金", "元", "2225.5"));
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("养老机构纾困资金", "养老机构纾困资金", "元"));
    assertThat(rows).noneSatisfy(r -> assertThat(r).contains("尚未接入"));
  }

  @Test
  void theDrillDownAndTheListDownloadAsExcel() throws Exception {
    StaffAuthentication jinjiang = as(JINJIANG, Role.DISTRICT_APPROVER);
    List<List<String>> streets =
        rows(
            mvc.perform(
                    get("/cockpit/figures/dibao-money/export?" + FIRST_HALF)
                        .with(authentication(jinjiang)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    assertThat(streets).anySatisfy(r -> assertThat(r).contains("910.0"));
    assertThat(streets).anySatisfy(r -> assertThat(r).startsWith("合计").contains("1365.5"));

    List<List<String>> list =
        rows(
            mvc.perform(
                    get("/cockpit/figures/dibao-money/records/export?" + FIRST_HALF)
                        .with(authentication(jinjiang)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
    assertThat(list).anySatisfy(r -> assertThat(r).contains(data.nameA));
    assertThat(list).anySatisfy(r -> assertThat(r).contains(data.nameB));
  }

  @Test
  void theApiAnswersTheFiguresAndNamesTheFieldOfABadRequest() throws Exception {
    StaffAuthentication city = as("510100000000", Role.CITY_ADMIN);
    mvc.perform(
            get("/api/v1/cockpit/figures?from=" + YEAR + "-01-01&to=" + YEAR + "-06-30")
                .with(authentication(city)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.figures[?(@.code == 'dibao-money')].value").value(2225.50))
        .andExpect(
            jsonPath("$.figures[?(@.code == 'institution-relief-money')].briefRow")
                .value("INSTITUTION_RELIEF_FUNDS"))
        .andExpect(jsonPath("$.notConnected").isEmpty());
    mvc.perform(get("/api/v1/cockpit/figures?to=" + YEAR + "-06-30").with(authentication(city)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
    mvc.perform(
            get("/api/v1/cockpit/figures?from=" + YEAR + "-06-30&to=" + YEAR + "-01-01")
                .with(authentication(city)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("to"));
    mvc.perform(
            get("/api/v1/cockpit/figures?from="
                    + YEAR
                    + "-01-01&to="
                    + YEAR
                    + "-06-30&region="
                    + JINJIANG)
                .with(authentication(as(QINGYANG, Role.DISTRICT_APPROVER))))
        .andExpect(status().isNotFound());
  }

  @Test
  void aServiceAccountReadsTheCityOnlyWithTheCockpitScope() throws Exception {
    String url = "/api/v1/cockpit/figures?from=" + YEAR + "-01-01&to=" + YEAR + "-06-30";
    mvc.perform(
            get(url)
                .with(
                    authentication(
                        new ServiceAccountAuthentication(
                            1, "gov-dashboard", "市政府", Set.of("cockpit:figures")))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.region").value("510100000000"))
        .andExpect(jsonPath("$.figures[?(@.code == 'dibao-money')].value").value(2225.50));
    mvc.perform(
            get(url)
                .with(
                    authentication(
                        new ServiceAccountAuthentication(
                            2, "other", "其他部门", Set.of("registry:death-report")))))
        .andExpect(status().isForbidden());
  }

  @Test
  void theApiIsDocumentedInTheOpenApi() throws Exception {
    mvc.perform(get("/api/v1/openapi"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/cockpit/figures'].get.summary").value("驾驶舱指标"));
  }

  private String page(String url, StaffAuthentication who) throws Exception {
    return mvc.perform(get(url).with(authentication(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The table row of a figure on the headline page, from its data attribute to the row's end. */
  private static String figureCell(String page, String code) {
    int start = page.indexOf("data-figure=\"" + code + "\"");
    assertThat(start).isPositive();
    return page.substring(start, page.indexOf("</tr>", start));
  }

  private long auditEntries() {
    return jdbc.sql("select count(*) from platform.audit_log where action = 'cockpit.records.list'")
        .query(Long.class)
        .single();
  }

  private static StaffAuthentication as(String region, Role role) {
    return StaffAuthentication.of(
        new StaffUser(
            Math.abs((region + role).hashCode()),
            "cockpit_" + role.name().toLowerCase(),
            "测试员",
            region,
            Set.of(role)));
  }

  private static List<List<String>> rows(byte[] file) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      for (Row row : wb.getSheetAt(0)) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
          cells.add(
              switch (cell.getCellType()) {
                case NUMERIC -> String.valueOf(cell.getNumericCellValue());
                default -> cell.getStringCellValue();
              });
        }
        rows.add(cells);
      }
    }
    return rows;
  }
}
