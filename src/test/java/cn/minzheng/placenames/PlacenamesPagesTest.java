package cn.minzheng.placenames;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * The new staff pages render with Chinese labels, not codes: statistics, building filings (list,
 * form), inspections (form), a significant application awaiting its assessment (the form shown to
 * an approver, not to a street caseworker). Rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PlacenamesPagesTest {

  @Autowired MockMvc mvc;

  private static RequestPostProcessor staff(Role role, String region) {
    return authentication(
        StaffAuthentication.of(new StaffUser(17, "pg-" + role, "测试" + role, region, Set.of(role))));
  }

  private static final RequestPostProcessor CITY = staff(Role.CITY_ADMIN, "510100000000");

  @Test
  void statisticsAndListsShowLabels() throws Exception {
    mvc.perform(
            post("/placenames/building-filings")
                .with(CITY)
                .with(csrf())
                .param("kind", "BUILDING")
                .param("name", "页面测试大厦")
                .param("regionCode", "510104001001")
                .param("location", "30.65,104.08")
                .param("developer", "页面测试公司")
                .param("project", "页面测试项目"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/placenames/building-filings").param("status", "SUBMITTED").with(CITY))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("页面测试大厦")))
        .andExpect(content().string(containsString("待出具意见")))
        .andExpect(content().string(containsString("建筑物")))
        .andExpect(content().string(not(containsString(">BUILDING<"))));
    byte[] xlsx =
        mvc.perform(
                get("/placenames/building-filings/export.xlsx")
                    .param("name", "页面测试")
                    .with(staff(Role.STREET_CASEWORKER, "510104001000")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      var sheet = workbook.getSheet("楼宇名称备案");
      org.assertj.core.api.Assertions.assertThat(sheet.getLastRowNum()).isEqualTo(1);
      org.assertj.core.api.Assertions.assertThat(sheet.getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("页面测试大厦");
      org.assertj.core.api.Assertions.assertThat(sheet.getRow(1).getCell(8).getStringCellValue())
          .isEqualTo("待出具意见");
    }
    // another street's caseworker exports nothing of this street
    byte[] other =
        mvc.perform(
                get("/placenames/building-filings/export.xlsx")
                    .param("name", "页面测试")
                    .with(staff(Role.STREET_CASEWORKER, "510104002000")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(other))) {
      org.assertj.core.api.Assertions.assertThat(workbook.getSheet("楼宇名称备案").getLastRowNum())
          .isZero();
    }
    mvc.perform(get("/placenames/building-filings/new").with(CITY))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("居民区")));
    mvc.perform(get("/placenames/inspections/new").with(CITY))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("地名标志"), containsString("界桩界线"))));
    mvc.perform(get("/placenames/statistics").with(CITY))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("地名统计")))
        .andExpect(content().string(containsString("导出Excel")));
    mvc.perform(get("/api/v1/placenames/statistics").with(CITY)).andExpect(status().isOk());
  }

  @Test
  void anApplicationAwaitingItsAssessmentShowsTheFormToApproversOnly() throws Exception {
    String created =
        mvc.perform(
                post("/placenames/applications")
                    .with(CITY)
                    .with(csrf())
                    .param("category", "PARK")
                    .param("name", "页面测试公园")
                    .param("regionCode", "510104001001")
                    .param("location", "30.650,104.100")
                    .param("reasons", "新建公园"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get(created).with(staff(Role.DISTRICT_APPROVER, "510104000000")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("综合评估结论为可行后开始征询")))
        .andExpect(content().string(containsString("data-testid=\"naming-assessment-form\"")))
        .andExpect(content().string(not(containsString("data-testid=\"naming-review-form\""))));
    mvc.perform(get(created).with(staff(Role.STREET_CASEWORKER, "510104001000")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("尚未进行综合评估")))
        .andExpect(content().string(not(containsString("data-testid=\"naming-assessment-form\""))));
    mvc.perform(get("/placenames/applications/new").with(CITY))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("data-testid=\"naming-map\"")));
  }
}
