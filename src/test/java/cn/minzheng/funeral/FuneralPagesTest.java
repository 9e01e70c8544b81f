package cn.minzheng.funeral;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.funeral.cases.OpenedVia;
import cn.minzheng.funeral.cases.SubsidyCases;
import cn.minzheng.funeral.config.Facilities;
import cn.minzheng.funeral.config.FacilityKind;
import cn.minzheng.funeral.config.Ownership;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.ServiceAccountAuthentication;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.registry.RegistryTestData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Funeral pages and API: roles, region scope, the counter, uploads and the records API. */
@SpringBootTest
@AutoConfigureMockMvc
class FuneralPagesTest {

  static final String SCOPE = "funeral:service-records";

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;
  @Autowired SubsidyCases cases;
  @Autowired Facilities facilities;
  @Autowired JdbcClient jdbc;

  @Test
  void theConfigurationPageMarksTheAmountsUnconfirmedAndOnlyTheCityChangesThem() throws Exception {
    mvc.perform(
            get("/funeral/config")
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("尚未确认")))
        .andExpect(content().string(containsString("待确认")))
        .andExpect(content().string(containsString("本市户籍居民")))
        .andExpect(content().string(containsString("海葬")));
    mvc.perform(
            post("/funeral/config/eco")
                .param("item", "SEA_BURIAL")
                .param("from", "2099-01")
                .param("amount", "1")
                .with(authentication(auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER)))
                .with(csrf()))
        .andExpect(status().isForbidden());
    String name = "锦江区测试殡仪馆" + System.nanoTime();
    mvc.perform(
            post("/funeral/facilities")
                .param("name", name)
                .param("kind", "FUNERAL_HOME")
                .param("ownership", "PUBLIC")
                .param("regionCode", "510104000000")
                .param("address", "测试路1号")
                .with(authentication(auth(RegistryTestData.CITY, Role.CITY_ADMIN)))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("已添加：" + name)))
        .andExpect(content().string(containsString("殡仪馆")));
  }

  @Test
  void anAmountFromAPastMonthIsRefusedNamingTheField() throws Exception {
    mvc.perform(
            post("/funeral/config/relief")
                .param("beneficiaryGroup", "DIBAO")
                .param("item", "CREMATION")
                .param("from", "2020-01")
                .param("cap", "1")
                .with(authentication(auth(RegistryTestData.CITY, Role.CITY_ADMIN)))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("执行起始月份：不能早于本月")));
  }

  @Test
  void aCaseOfAnotherStreetAnswers404OnPageAndApi() throws Exception {
    Person p = registry.person("殡页甲", RegistryTestData.SIBLING_STREET_COMMUNITY);
    die(p, LocalDate.of(2026, 11, 3));
    long id =
        cases.open(
            p.id(),
            LocalDate.of(2026, 11, 3),
            RegistryTestData.SIBLING_STREET_COMMUNITY,
            OpenedVia.DEATH);
    var street = auth(RegistryTestData.STREET, Role.STREET_CASEWORKER);
    var district = auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER);

    mvc.perform(get("/funeral/cases/" + id).with(authentication(street)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/funeral/cases/" + id).with(authentication(street)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/funeral/cases/" + id).with(authentication(district)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("殡页甲")))
        .andExpect(content().string(containsString("待家属申请")));
    mvc.perform(get("/api/v1/funeral/cases/" + id).with(authentication(district)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.caseNo").value("BZ202611-" + p.id()));
  }

  @Test
  void theCounterTakesOneApplicationAndRefusesTheSecondNamingTheFirst() throws Exception {
    Person deceased = registry.person("殡页乙", RegistryTestData.COMMUNITY);
    Person son = registry.person("殡页乙子", RegistryTestData.COMMUNITY);
    Person daughter = registry.person("殡页乙女", RegistryTestData.COMMUNITY);
    die(deceased, LocalDate.of(2026, 11, 30));
    var community = auth(RegistryTestData.COMMUNITY, Role.COMMUNITY_WORKER);

    mvc.perform(
            post("/funeral/cases")
                .param("deceasedIdNumber", deceased.idNumber())
                .param("applicantIdNumber", son.idNumber())
                .param("bankName", "成都银行")
                .param("accountNumber", "6228 4800 1234 5678")
                .with(authentication(community))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("message", "申请已受理"));
    mvc.perform(
            post("/funeral/cases")
                .param("deceasedIdNumber", deceased.idNumber())
                .param("applicantIdNumber", daughter.idNumber())
                .param("bankName", "成都银行")
                .param("accountNumber", "6228480012345679")
                .with(authentication(community))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("由 殡页乙子 申请")))
        .andExpect(content().string(containsString("不能重复申请")));
  }

  @Test
  void theSameFileUploadedTwiceIsImportedOnce() throws Exception {
    Person deceased = registry.person("殡页丙", RegistryTestData.COMMUNITY);
    die(deceased, LocalDate.of(2026, 11, 1));
    long home = home();
    byte[] csv =
        ("身份证号,服务项目,服务日期,收费金额\n"
                + deceased.idNumber()
                + ",遗体接运,2026-11-01,300\n"
                + deceased.idNumber()
                + ",骨灰寄存,2026-11-05,120.50\n")
            .getBytes(StandardCharsets.UTF_8);
    var district = auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER);
    mvc.perform(upload(home, csv, district))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("message", "已导入 2 条，共 2 条"));
    mvc.perform(upload(home, csv, district))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("message", containsString("此前已上传")));
    long caseId = cases.ofDeceased(deceased.id()).orElseThrow().id();
    assertThat(cases.records(caseId)).hasSize(2);
  }

  @Test
  void theRecordsApiNeedsTheScopeAndTheSameKeyTwiceIsOneRecord() throws Exception {
    Person deceased = registry.person("殡页丁", RegistryTestData.COMMUNITY);
    die(deceased, LocalDate.of(2026, 11, 1));
    long home = home();
    String body =
        """
        {"records":[{"idNumber":"%s","item":"CREMATION","servedOn":"2026-11-02","charged":450}]}"""
            .formatted(deceased.idNumber());
    String url = "/api/v1/funeral/facilities/" + home + "/service-records";
    var account = new ServiceAccountAuthentication(7, "funeral-home", "殡仪馆", Set.of(SCOPE));

    mvc.perform(
            post(url)
                .header("Idempotency-Key", "k-1")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(
                    authentication(
                        new ServiceAccountAuthentication(
                            8, "other", "其他部门", Set.of("registry:death-report"))))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post(url)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(authentication(account))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("Idempotency-Key"));
    mvc.perform(
            post(url)
                .header("Idempotency-Key", "k-1")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(authentication(account))
                .with(csrf()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.accepted").value(1));
    mvc.perform(
            post(url)
                .header("Idempotency-Key", "k-1")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(authentication(account))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.repeated").value(true));
    long caseId = cases.ofDeceased(deceased.id()).orElseThrow().id();
    assertThat(cases.records(caseId)).hasSize(1);
  }

  @Test
  void aFamilyMemberAppliesInThePortalOnceAndAStrangerIsRefused() throws Exception {
    Person deceased = registry.person("殡页戊", RegistryTestData.COMMUNITY);
    Person wife = registry.person("殡页戊妻", RegistryTestData.COMMUNITY);
    Person stranger = registry.person("殡页路人", RegistryTestData.COMMUNITY);
    registry.household(RegistryTestData.COMMUNITY, deceased, wife);
    die(deceased, LocalDate.of(2026, 11, 30));
    var me =
        cn.minzheng.portal.CitizenAuthentication.of(
            new cn.minzheng.portal.CitizenAuthentication.Citizen(999_001L, wife.id()));
    var other =
        cn.minzheng.portal.CitizenAuthentication.of(
            new cn.minzheng.portal.CitizenAuthentication.Citizen(999_002L, stranger.id()));

    mvc.perform(
            post("/portal/funeral")
                .param("deceasedIdNumber", deceased.idNumber())
                .param("bankName", "成都银行")
                .param("accountNumber", "6228480012340000")
                .with(authentication(other))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("不在同一户")));
    mvc.perform(
            post("/portal/funeral")
                .param("deceasedIdNumber", deceased.idNumber())
                .param("bankName", "成都银行")
                .param("accountNumber", "6228480012340001")
                .with(authentication(me))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("申请已提交")))
        .andExpect(content().string(containsString("已申请，待核算")));
    mvc.perform(
            post("/portal/funeral")
                .param("deceasedIdNumber", deceased.idNumber())
                .param("bankName", "成都银行")
                .param("accountNumber", "6228480012340001")
                .with(authentication(me))
                .with(csrf()))
        .andExpect(content().string(containsString("不能重复申请")));
    var c = cases.ofDeceased(deceased.id()).orElseThrow();
    assertThat(c.applicantPersonId()).isEqualTo(wife.id());
  }

  private static org.springframework.test.web.servlet.RequestBuilder upload(
      long home, byte[] csv, cn.minzheng.platform.StaffAuthentication who) {
    return multipart("/funeral/records")
        .file(new MockMultipartFile("file", "records.csv", "text/csv", csv))
        .param("facilityId", String.valueOf(home))
        .with(authentication(who))
        .with(csrf());
  }

  private void die(Person p, LocalDate on) {
    RegistryTestData.as(
        auth(RegistryTestData.CITY, Role.CITY_ADMIN),
        () -> personCommands.recordDeath(p.id(), new DeathReport(on, "STAFF", null, "殡葬测试")));
  }

  private long home() {
    return RegistryTestData.as(
        auth(RegistryTestData.CITY, Role.CITY_ADMIN),
        () ->
            facilities.add(
                "页面测试殡仪馆" + System.nanoTime(),
                FacilityKind.FUNERAL_HOME,
                Ownership.PUBLIC,
                "510104000000",
                "测试路9号",
                "test"));
  }
}
