package cn.minzheng.socialwork;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.organisations.OrganisationTestData;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Workers, agencies and stations: the certificate year between the first national exam (2008) and
 * this year, credit codes checked by the shared validator, a station's level taken from its region
 * node, one station per node, coverage per district on the page and in Excel, the roles.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkforceTest {

  static final String STREET = RegistryTestData.STREET;
  static final StaffAuthentication STREET_WORKER = auth(STREET, Role.STREET_CASEWORKER);
  static final StaffAuthentication COMMUNITY_WORKER =
      auth(RegistryTestData.COMMUNITY, Role.COMMUNITY_WORKER);
  static final StaffAuthentication DISTRICT = auth("510104000000", Role.DISTRICT_APPROVER);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;
  @Autowired RegionQuery regions;
  @Autowired OrganisationTestData organisations;

  @Test
  void theCertificateYearRunsFrom2008ToThisYear() throws Exception {
    int thisYear = ChinaTime.today().getYear();
    registerWorker(person(), "2007")
        .andExpect(content().string(Matchers.containsString("取证年份：须在 2008 至")));
    registerWorker(person(), "" + (thisYear + 1))
        .andExpect(content().string(Matchers.containsString("取证年份：须在 2008 至")));
    registerWorker(person(), "2008").andExpect(status().is3xxRedirection());
    registerWorker(person(), "" + thisYear).andExpect(status().is3xxRedirection());
  }

  @Test
  void aCreditCodeWithAWrongCheckCharacterIsRefusedByTheSharedValidator() throws Exception {
    String code =
        organisations.socialServiceAgency("正码社工服务中心", RegistryTestData.COMMUNITY).creditCode();
    char last = code.charAt(17);
    String wrong = code.substring(0, 17) + (last == '0' ? '1' : '0');
    mvc.perform(agency(wrong, "错码社工服务中心"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("统一社会信用代码校验位错误")));
    mvc.perform(agency(code.toLowerCase(java.util.Locale.ROOT), "正码社工服务中心"))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.sql("select name from socialwork.agency where credit_code = ?")
                .param(code)
                .query(String.class)
                .single())
        .isEqualTo("正码社工服务中心");
    mvc.perform(agency(code, "重复社工服务中心"))
        .andExpect(content().string(Matchers.containsString("该机构已登记")));
  }

  @Test
  void aStationTakesItsLevelFromTheRegionNodeOneStationPerNode() throws Exception {
    String community = SocialWorkTestData.freeCommunity(regions, jdbc, STREET);
    mvc.perform(station(community, "社区社工室")).andExpect(status().is3xxRedirection());
    assertThat(levelAt(community)).isEqualTo("COMMUNITY");
    mvc.perform(station(community, "第二个社工室"))
        .andExpect(content().string(Matchers.containsString("该区划已设社工站")));
    mvc.perform(station("510104000000", "区县不设站").with(authentication(DISTRICT)))
        .andExpect(content().string(Matchers.containsString("社工站只设在街道（乡镇）或社区（村）")));
    // outside the street's subtree
    mvc.perform(station("510104002001", "越界社工室"))
        .andExpect(content().string(Matchers.containsString("须在本辖区内")));
    assertThat(levelAt("510104002001")).isNull();
  }

  @Test
  void coverageCountsWorkersByLevelPerDistrictOnThePageAndInExcel() throws Exception {
    long before = coverageCell(4); // 社会工作师 of 锦江区
    registerWorker(person(), "2015").andExpect(status().is3xxRedirection());
    mvc.perform(get("/socialwork/coverage").with(authentication(STREET_WORKER)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("锦江区")));
    assertThat(coverageCell(4)).isEqualTo(before + 1);
  }

  @Test
  void aCommunityWorkerReadsButRegistersNothing() throws Exception {
    mvc.perform(get("/socialwork/workers").with(authentication(COMMUNITY_WORKER)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("登记持证社工"))));
    mvc.perform(
            post("/socialwork/workers")
                .param("idNumber", "x")
                .with(authentication(COMMUNITY_WORKER))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  private long coverageCell(int column) throws Exception {
    byte[] xlsx =
        mvc.perform(get("/socialwork/coverage.xlsx").with(authentication(STREET_WORKER)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.getSheetAt(0).getRow(0).getCell(column).getStringCellValue())
          .isEqualTo("社会工作师");
      for (Row row : workbook.getSheetAt(0)) {
        if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals("510104000000")) {
          return (long) row.getCell(column).getNumericCellValue();
        }
      }
      return 0;
    }
  }

  private Person person() {
    return registry.person("持证社工", RegistryTestData.COMMUNITY);
  }

  private ResultActions registerWorker(Person person, String year) throws Exception {
    return mvc.perform(
        post("/socialwork/workers")
            .param("idNumber", person.idNumber())
            .param("level", "INTERMEDIATE")
            .param("certificateNumber", SocialWorkTestData.certificateNumber())
            .param("certificateYear", year)
            .param("employerCreditCode", "")
            .param("regionCode", RegistryTestData.COMMUNITY)
            .with(authentication(STREET_WORKER))
            .with(csrf()));
  }

  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder agency(
      String code, String name) {
    return post("/socialwork/agencies")
        .param("creditCode", code)
        .param("name", name)
        .param("regionCode", STREET)
        .with(authentication(STREET_WORKER))
        .with(csrf());
  }

  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder station(
      String region, String name) {
    return post("/socialwork/stations")
        .param("regionCode", region)
        .param("name", name)
        .param("openedOn", "2024-03-01")
        .with(authentication(STREET_WORKER))
        .with(csrf());
  }

  private String levelAt(String region) {
    return jdbc.sql("select level from socialwork.station where region_code = ?")
        .param(region)
        .query(String.class)
        .optional()
        .orElse(null);
  }
}
