package cn.minzheng.organisations;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.organisations.reports.AnnualReport.Filing;
import cn.minzheng.organisations.reports.AnnualReports;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The special-fund pages and API end to end over HTTP: the city opens a call (an empty title
 * answers 422 naming the field), an organisation's account applies and reads only its own
 * application (404 for another account, and for a district of another region), three district
 * reviewers score once each, the city approves and the grant reaches payments; the ranking exports
 * to Excel; bad API input answers problem details naming the field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectPagesTest {

  static final StaffAuthentication CITY = auth(RegistryTestData.CITY, Role.CITY_ADMIN);

  @Autowired MockMvc mvc;
  @Autowired OrganisationTestData data;
  @Autowired AnnualReports reports;
  @Autowired JdbcClient jdbc;

  private long eligible(String name) {
    long id = data.socialGroup(name, RegistryTestData.COMMUNITY, LocalDate.of(2019, 4, 1));
    int year = ChinaTime.today().getYear();
    for (int y = year - 2; y < year; y++) {
      reports.file(
          id,
          new Filing(y, null, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE, 1, "活动", null),
          LocalDate.of(y + 1, 3, 1),
          "o");
    }
    return id;
  }

  private static StaffAuthentication reviewer(String username) {
    return StaffAuthentication.of(
        new StaffUser(
            username.hashCode(),
            username,
            "评审专家",
            RegistryTestData.DISTRICT,
            Set.of(Role.DISTRICT_APPROVER)));
  }

  @Test
  void anOrganisationAppliesReviewersScoreTheCityApprovesAndTheGrantReachesPayments()
      throws Exception {
    LocalDate today = ChinaTime.today();
    mvc.perform(
            post("/organisations/projects/calls")
                .with(authentication(CITY))
                .with(csrf())
                .param("year", "" + today.getYear())
                .param("title", " ")
                .param("budget", "100000")
                .param("categories", "ELDERLY")
                .param("opensOn", today.toString())
                .param("closesOn", today.toString())
                .param("criteria", "c"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("批次名称：不能为空")));
    String title = "页面测试批次" + System.nanoTime();
    mvc.perform(
            post("/organisations/projects/calls")
                .with(authentication(CITY))
                .with(csrf())
                .param("year", "" + today.getYear())
                .param("title", title)
                .param("budget", "100000")
                .param("categories", "ELDERLY", "CHILDREN")
                .param("opensOn", today.minusDays(3).toString())
                .param("closesOn", today.plusDays(3).toString())
                .param("criteria", "项目设计40分、执行能力30分、社会效益30分")
                .param("minReviewers", "3")
                .param("passScore", "60"))
        .andExpect(status().is3xxRedirection());
    long call =
        jdbc.sql("select id from organisations.project_call where title = ?")
            .param(title)
            .query(Long.class)
            .single();

    long mine = eligible("页面测试申报协会");
    StaffAuthentication account = OrganisationPagesTest.accountFor(jdbc, mine);
    mvc.perform(get("/organisations/mine/projects").with(authentication(account)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString(title)));
    mvc.perform(
            post("/organisations/mine/projects")
                .with(authentication(account))
                .with(csrf())
                .param("callId", "" + call)
                .param("title", "长者助餐")
                .param("category", "ELDERLY")
                .param("requested", "abc")
                .param("summary", "助餐"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("申请金额：应为数字")));
    mvc.perform(
            post("/organisations/mine/projects")
                .with(authentication(account))
                .with(csrf())
                .param("callId", "" + call)
                .param("title", "长者助餐")
                .param("category", "ELDERLY")
                .param("requested", "50000")
                .param("summary", "为社区老人提供助餐"))
        .andExpect(status().is3xxRedirection());
    long id =
        jdbc.sql(
                "select id from organisations.project_application where call_id = ? and organisation_id = ?")
            .params(call, mine)
            .query(Long.class)
            .single();

    StaffAuthentication other = OrganisationPagesTest.accountFor(jdbc, eligible("页面测试他会"));
    mvc.perform(get("/organisations/mine/projects/" + id).with(authentication(other)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/organisations/projects/" + id).with(authentication(other)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/organisations/projects/" + id).with(authentication(account)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.application.title").value("长者助餐"))
        .andExpect(jsonPath("$.scores").isEmpty());
    mvc.perform(
            get("/organisations/projects/applications/" + id)
                .with(authentication(auth("510105000000", Role.DISTRICT_APPROVER))))
        .andExpect(status().isNotFound());

    // the organisation gives its own bank account for the grant (a bad number names the field)
    mvc.perform(
            post("/organisations/mine/payee-account")
                .with(authentication(account))
                .with(csrf())
                .param("bankName", "中国工商银行成都分行")
                .param("accountNumber", "4402-0000"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("银行账号：应为12至30位数字")));
    mvc.perform(
            post("/organisations/mine/payee-account")
                .with(authentication(account))
                .with(csrf())
                .param("bankName", "中国工商银行成都分行")
                .param("accountNumber", "4402000011112222333"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/organisations/mine/projects").with(authentication(account)))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("4402***********2333")));
    for (String[] s : new String[][] {{"expert1", "80"}, {"expert2", "85"}, {"expert3", "90.5"}}) {
      mvc.perform(
              post("/organisations/projects/applications/" + id + "/scores")
                  .with(authentication(reviewer(s[0])))
                  .with(csrf())
                  .param("score", s[1]))
          .andExpect(flash().attribute("message", "已提交评分"));
    }
    mvc.perform(
            post("/organisations/projects/applications/" + id + "/scores")
                .with(authentication(reviewer("expert1")))
                .with(csrf())
                .param("score", "10"))
        .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("只评一次")));
    mvc.perform(
            post("/api/v1/organisations/projects/" + id + "/scores")
                .with(authentication(reviewer("expert4")))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"score\": 101}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("score"));
    // (80 + 85 + 90.5) / 3 = 85.17
    mvc.perform(get("/organisations/projects/applications/" + id).with(authentication(CITY)))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("85.17")));

    mvc.perform(
            post("/organisations/projects/applications/" + id + "/approve")
                .with(authentication(CITY))
                .with(csrf())
                .param("amount", "48000"))
        .andExpect(
            flash().attribute("message", org.hamcrest.Matchers.containsString("已列入专项资金发放名册")));
    Long payee =
        jdbc.sql("select payee_id from organisations.project_grant where application_id = ?")
            .param(id)
            .query(Long.class)
            .single();
    assertThat(
            jdbc.sql(
                    "select amount from payments.entitlement_fact where programme = 'SPECIAL_FUND' and person_id = ?")
                .param(payee)
                .query(BigDecimal.class)
                .list())
        .singleElement()
        .satisfies(a -> assertThat(a).isEqualByComparingTo("48000"));
    mvc.perform(get("/organisations/mine/projects/" + id).with(authentication(account)))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("已立项")));

    byte[] xlsx =
        mvc.perform(
                get("/organisations/projects/calls/" + call + "/export").with(authentication(CITY)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var row = book.getSheetAt(0).getRow(1);
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo("页面测试申报协会");
      assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(85.17);
      assertThat(row.getCell(7).getStringCellValue()).isEqualTo("已立项");
    }
  }

  @Test
  void aCallOpeningInTheYear3024IsRefusedNamingTheField() throws Exception {
    LocalDate today = ChinaTime.today();
    String title = "日期校验批次" + System.nanoTime();
    mvc.perform(
            post("/organisations/projects/calls")
                .with(authentication(CITY))
                .with(csrf())
                .param("year", "" + today.getYear())
                .param("title", title)
                .param("budget", "100000")
                .param("categories", "ELDERLY")
                .param("opensOn", "3024-01-01")
                .param("closesOn", "3024-02-01")
                .param("criteria", "c"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "申报开始日期：日期超出合理范围（1900-01-01 至 2100-12-31）")));
    assertThat(
            jdbc.sql("select count(*) from organisations.project_call where title = ?")
                .param(title)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theApiRefusesAnUnknownCategoryAndAStreetCannotScore() throws Exception {
    StaffAuthentication account = OrganisationPagesTest.accountFor(jdbc, eligible("接口测试申报协会"));
    mvc.perform(
            post("/api/v1/organisations/projects")
                .with(authentication(account))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"callId\": 987654321, \"title\": \"x\", \"category\": \"SPORTS\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("category"));
    mvc.perform(
            post("/api/v1/organisations/projects")
                .with(authentication(account))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"callId\": 987654321, \"title\": \"x\", \"category\": \"ELDERLY\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("callId"));
    mvc.perform(
            post("/api/v1/organisations/projects/1/scores")
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER)))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"score\": 80}"))
        .andExpect(status().isForbidden());
  }
}
