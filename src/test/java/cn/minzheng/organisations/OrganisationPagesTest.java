package cn.minzheng.organisations;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.organisations.credit.CreditLists;
import cn.minzheng.organisations.credit.ListTrigger;
import cn.minzheng.organisations.register.OrganisationKind;
import cn.minzheng.organisations.reports.AnnualReport.Filing;
import cn.minzheng.organisations.reports.AnnualReports;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages and API: an organisation's account files its annual report and sees only its own
 * organisation and reports (another's answers 404); staff of another street or district do not find
 * a record (404); a wrong credit code is answered on its field with status 422; the public query
 * shows the status and the current listings.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationPagesTest {

  private static final AtomicInteger ACCOUNTS = new AtomicInteger();
  static final StaffAuthentication APPROVER =
      auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired OrganisationTestData data;
  @Autowired AnnualReports reports;
  @Autowired CreditLists lists;
  @Autowired RegistryFixtures registry;

  @Test
  void anAccountFilesItsReportAndCannotReadAnotherOrganisationsReport() throws Exception {
    long mine = data.socialGroup("本账号协会", RegistryTestData.COMMUNITY, LocalDate.of(2020, 1, 1));
    long other = data.socialGroup("他人协会", RegistryTestData.COMMUNITY, LocalDate.of(2020, 1, 1));
    StaffAuthentication account = account(mine);
    int year = ChinaTime.today().getYear() - 1;
    long othersReport =
        reports.file(
            other,
            new Filing(year, null, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, 1, "活动", null),
            ChinaTime.today(),
            "other");

    mvc.perform(
            post("/organisations/mine/reports")
                .with(authentication(account))
                .with(csrf())
                .param("year", "" + year)
                .param("income", "12000.50")
                .param("expenditure", "8000")
                .param("netAssets", "30000")
                .param("staffCount", "2")
                .param("activities", "开展活动5次"))
        .andExpect(status().is3xxRedirection());
    long own =
        jdbc.sql(
                "select id from organisations.annual_report where organisation_id = ? and year = ?")
            .params(mine, year)
            .query(Long.class)
            .single();

    mvc.perform(get("/organisations/mine/reports/" + own).with(authentication(account)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("开展活动5次")));
    mvc.perform(get("/organisations/mine/reports/" + othersReport).with(authentication(account)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/organisations/" + other + "/reports").with(authentication(account)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/organisations/" + mine + "/reports").with(authentication(account)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].income").value(12000.50));
    // staff pages are not the account's
    mvc.perform(get("/organisations/" + mine).with(authentication(account)))
        .andExpect(status().isForbidden());

    mvc.perform(
            post("/organisations/mine/reports")
                .with(authentication(account))
                .with(csrf())
                .param("year", "" + year)
                .param("income", "1")
                .param("expenditure", "1")
                .param("netAssets", "1")
                .param("staffCount", "1")
                .param("activities", "再报一次"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(Matchers.containsString("该年度报告已报送")));
  }

  @Test
  void anotherStreetOrDistrictDoesNotFindTheOrganisation() throws Exception {
    long id = data.socialGroup("范围测试协会", RegistryTestData.COMMUNITY, LocalDate.of(2021, 1, 1));
    mvc.perform(get("/organisations/" + id).with(authentication(APPROVER)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("范围测试协会")));
    mvc.perform(
            get("/organisations/" + id)
                .with(
                    authentication(
                        auth(
                            RegistryTestData.SIBLING_STREET_COMMUNITY.substring(0, 9) + "000",
                            Role.STREET_CASEWORKER))))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/organisations/" + id)
                .with(authentication(auth("510105000000", Role.DISTRICT_APPROVER))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/organisations").param("q", "范围测试协会").with(authentication(APPROVER)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].name").value("范围测试协会"));
  }

  @Test
  void aWrongCheckCharacterIsAnsweredOnTheCodeFieldWithTheFormAgain() throws Exception {
    var person = registry.person("法人甲", RegistryTestData.COMMUNITY);
    String code = OrganisationTestData.code(OrganisationKind.SOCIAL_GROUP);
    String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
    mvc.perform(
            post("/organisations/applications")
                .with(authentication(APPROVER))
                .with(csrf())
                .param("kind", "SOCIAL_GROUP")
                .param("level", "DISTRICT")
                .param("creditCode", wrong)
                .param("name", "校验位测试协会")
                .param("domicile", "锦江区某路1号")
                .param("regionCode", RegistryTestData.COMMUNITY)
                .param("legalRepresentative", person.idNumber())
                .param("businessScope", "公益")
                .param("materials", "章程"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(Matchers.containsString("第18位（校验码）与前17位不符")))
        .andExpect(content().string(Matchers.containsString("creditCode-error")))
        .andExpect(content().string(Matchers.containsString("校验位测试协会")));

    mvc.perform(
            post("/organisations/applications")
                .with(authentication(APPROVER))
                .with(csrf())
                .param("kind", "SOCIAL_GROUP")
                .param("level", "DISTRICT")
                .param("creditCode", code.toLowerCase())
                .param("name", "校验位测试协会")
                .param("domicile", "锦江区某路1号")
                .param("regionCode", RegistryTestData.COMMUNITY)
                .param("legalRepresentative", person.idNumber())
                .param("businessScope", "公益")
                .param("materials", "章程"))
        .andExpect(status().is3xxRedirection());
    long application =
        jdbc.sql("select id from organisations.application where credit_code = ?")
            .param(code)
            .query(Long.class)
            .single();
    mvc.perform(
            post("/organisations/applications/" + application + "/decide")
                .with(authentication(APPROVER))
                .with(csrf())
                .param("decision", "APPROVE"))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.sql(
                    "select legal_representative_name from organisations.organisation where credit_code = ?")
                .param(code)
                .query(String.class)
                .single())
        .isEqualTo("法人甲");
  }

  @Test
  void thePublicQueryShowsTheStatusAndCurrentListings() throws Exception {
    long id = data.socialGroup("公开查询测试协会", RegistryTestData.COMMUNITY, LocalDate.of(2021, 1, 1));
    lists.list(id, ListTrigger.UNREACHABLE, "核查记录1", LocalDate.of(2026, 3, 2), "u");
    mvc.perform(get("/public/organisations/credit").param("q", "公开查询测试"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("活动异常名录：通过登记的住所无法取得联系")))
        .andExpect(content().string(Matchers.containsString("正常")));
  }

  static StaffAuthentication accountFor(JdbcClient jdbc, long organisation) {
    int n = ACCOUNTS.incrementAndGet();
    String username = "org" + System.nanoTime() % 1_000_000_000L + "n" + n;
    jdbc.sql(
            "insert into organisations.organisation_account (username, organisation_id, bound_by) values (?, ?, 'test')")
        .params(username, organisation)
        .update();
    return StaffAuthentication.of(
        new StaffUser(
            800_000 + n,
            username,
            "社会组织",
            RegistryTestData.DISTRICT,
            Set.of(Role.ORGANISATION_ACCOUNT)));
  }

  private StaffAuthentication account(long organisation) {
    return accountFor(jdbc, organisation);
  }
}
