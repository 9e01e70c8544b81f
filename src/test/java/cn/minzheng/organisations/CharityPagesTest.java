package cn.minzheng.organisations;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.organisations.charity.CharityOrganisations;
import cn.minzheng.organisations.register.OrganisationQueries;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The charity pages over HTTP: the district files a trust for a trust company (late when signed 8
 * days ago), reads it (another district: 404), terminates it after confirmation and can no longer
 * change it; recognises an organisation of its region as a charity organisation and grants the
 * fundraising qualification; registers a community project and recognises it as a brand project. A
 * street caseworker reads but cannot file (403).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CharityPagesTest {

  static final StaffAuthentication DISTRICT =
      auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER);

  @Autowired MockMvc mvc;
  @Autowired OrganisationTestData data;
  @Autowired OrganisationQueries queries;
  @Autowired CharityOrganisations charities;
  @Autowired JdbcClient jdbc;

  @Test
  void theDistrictFilesATrustTerminatesItAndAnotherDistrictGets404() throws Exception {
    LocalDate today = ChinaTime.today();
    String name = "页面备案慈善信托" + System.nanoTime();
    mvc.perform(
            post("/organisations/charity/trusts")
                .with(authentication(DISTRICT))
                .with(csrf())
                .param("name", name)
                .param("trusteeKind", "TRUST_COMPANY")
                .param("trusteeCreditCode", CharityTrustTest.TRUST_COMPANY)
                .param("trusteeName", "成都某信托有限责任公司")
                .param("purpose", "资助困境儿童")
                .param("property", "abc")
                .param("signedOn", today.minusDays(30).toString()))
        .andExpect(flash().attribute("error", "信托财产（元）：应为数字"));
    mvc.perform(
            post("/organisations/charity/trusts")
                .with(authentication(DISTRICT))
                .with(csrf())
                .param("name", name)
                .param("trusteeKind", "TRUST_COMPANY")
                .param("trusteeCreditCode", CharityTrustTest.TRUST_COMPANY)
                .param("trusteeName", "成都某信托有限责任公司")
                .param("purpose", "资助困境儿童")
                .param("property", "2000000")
                .param("signedOn", today.minusDays(30).toString()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("message", containsString("逾期备案")));
    long id =
        jdbc.sql("select id from organisations.charity_trust where name = ?")
            .param(name)
            .query(Long.class)
            .single();
    mvc.perform(
            get("/organisations/charity/trusts").param("q", name).with(authentication(DISTRICT)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(name)));
    mvc.perform(
            get("/organisations/charity/trusts/" + id)
                .with(authentication(auth("510105000000", Role.DISTRICT_APPROVER))))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/organisations/charity/trusts/" + id + "/terminate")
                .with(authentication(DISTRICT))
                .with(csrf())
                .param("reason", "信托期限届满")
                .param("disposal", "移交慈善会")
                .param("happenedOn", today.toString()))
        .andExpect(flash().attribute("message", "已备案终止"));
    mvc.perform(get("/organisations/charity/trusts/" + id).with(authentication(DISTRICT)))
        .andExpect(content().string(containsString("已终止")));
    mvc.perform(
            post("/organisations/charity/trusts/" + id + "/changes")
                .with(authentication(DISTRICT))
                .with(csrf())
                .param("what", "变更受托人")
                .param("signedOn", today.toString()))
        .andExpect(flash().attribute("error", containsString("已终止")));
    mvc.perform(
            post("/organisations/charity/trusts")
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER)))
                .with(csrf())
                .param("name", "街道不能备案"))
        .andExpect(status().isForbidden());
  }

  @Test
  void anOrganisationIsRecognisedGrantedFundraisingAndAProjectBecomesABrand() throws Exception {
    long org = data.socialGroup("页面认定慈善协会", RegistryTestData.COMMUNITY, LocalDate.of(2020, 1, 1));
    String code = queries.find(org).orElseThrow().creditCode();
    String number = "成民慈认" + System.nanoTime();
    mvc.perform(
            post("/organisations/charity/organisations")
                .with(authentication(DISTRICT))
                .with(csrf())
                .param("creditCode", code.toLowerCase())
                .param("number", number)
                .param("on", "2026-03-01"))
        .andExpect(flash().attribute("message", "已认定页面认定慈善协会为慈善组织"));
    mvc.perform(
            post("/organisations/charity/organisations/" + org + "/fundraising")
                .with(authentication(DISTRICT))
                .with(csrf())
                .param("number", "募" + number)
                .param("on", "2026-02-28"))
        .andExpect(flash().attribute("error", "取得公开募捐资格日期：不能早于认定为慈善组织的日期2026-03-01"));
    assertThat(charities.find(org).orElseThrow().publicFundraising()).isFalse();
    mvc.perform(
            post("/organisations/charity/organisations/" + org + "/fundraising")
                .with(authentication(DISTRICT))
                .with(csrf())
                .param("number", "募" + number)
                .param("on", "2026-03-01"))
        .andExpect(flash().attribute("message", "已授予公开募捐资格"));
    assertThat(charities.find(org).orElseThrow().publicFundraising()).isTrue();

    String project = "页面社区慈善项目" + System.nanoTime();
    mvc.perform(
            post("/organisations/charity/projects")
                .with(authentication(DISTRICT))
                .with(csrf())
                .param("name", project)
                .param("regionCode", RegistryTestData.SIBLING_DISTRICT_COMMUNITY)
                .param("field", "ELDERLY")
                .param("startedOn", "2026-01-01"))
        .andExpect(flash().attribute("error", "所在社区：不在本辖区"));
    mvc.perform(
            post("/organisations/charity/projects")
                .with(authentication(DISTRICT))
                .with(csrf())
                .param("name", project)
                .param("creditCode", code)
                .param("regionCode", RegistryTestData.COMMUNITY)
                .param("field", "ELDERLY")
                .param("startedOn", "2026-01-01")
                .param("beneficiaries", "120"))
        .andExpect(flash().attribute("message", "已登记社区慈善项目"));
    long p =
        jdbc.sql("select id from organisations.charity_project where name = ?")
            .param(project)
            .query(Long.class)
            .single();
    mvc.perform(
            post("/organisations/charity/projects/" + p + "/brand")
                .with(authentication(DISTRICT))
                .with(csrf())
                .param("on", "2026-06-01"))
        .andExpect(flash().attribute("message", "已认定为社区慈善品牌项目"));
    mvc.perform(
            get("/organisations/charity/projects")
                .param("brand", "true")
                .param("q", project)
                .with(authentication(DISTRICT)))
        .andExpect(content().string(containsString("已认定（")));
    assertThat(
            jdbc.sql("select brand_on from organisations.charity_project where id = ?")
                .param(p)
                .query(LocalDate.class)
                .single())
        .isEqualTo(LocalDate.of(2026, 6, 1));
    mvc.perform(
            get("/organisations/charity/organisations")
                .param("q", "页面认定慈善协会")
                .with(authentication(DISTRICT)))
        .andExpect(content().string(containsString(number)));
  }

  @Test
  void theTrusteesAccountFilesOnlineAndTheDistrictAcceptsOrReturns() throws Exception {
    long org = data.socialGroup("网上备案受托慈善协会", RegistryTestData.COMMUNITY, LocalDate.of(2020, 1, 1));
    StaffAuthentication account = OrganisationPagesTest.accountFor(jdbc, org);
    LocalDate today = ChinaTime.today();
    String name = "网上备案慈善信托" + System.nanoTime();
    mvc.perform(
            post("/organisations/mine/trusts")
                .with(authentication(account))
                .with(csrf())
                .param("name", name)
                .param("purpose", "助学")
                .param("property", "500000")
                .param("signedOn", today.minusDays(7).toString()))
        .andExpect(flash().attribute("error", containsString("尚未认定为慈善组织")));
    charities.recognise(org, LocalDate.of(2025, 1, 1), "成民慈认" + System.nanoTime(), "t");
    mvc.perform(
            post("/organisations/mine/trusts")
                .with(authentication(account))
                .with(csrf())
                .param("name", name)
                .param("purpose", "助学")
                .param("property", "500000")
                .param("signedOn", today.minusDays(7).toString()))
        .andExpect(flash().attribute("message", containsString("等待民政部门审核")));
    long id =
        jdbc.sql("select id from organisations.charity_trust where name = ?")
            .param(name)
            .query(Long.class)
            .single();
    mvc.perform(get("/organisations/mine/trusts").with(authentication(account)))
        .andExpect(content().string(containsString("网上备案待审核")));
    mvc.perform(
            post("/organisations/charity/trusts/" + id + "/return")
                .with(authentication(DISTRICT))
                .with(csrf()))
        .andExpect(flash().attribute("error", "退回理由：不能为空"));
    mvc.perform(
            post("/organisations/charity/trusts/" + id + "/accept")
                .with(authentication(DISTRICT))
                .with(csrf()))
        .andExpect(flash().attribute("message", "已审核通过，备案完成"));
    mvc.perform(get("/organisations/charity/trusts/" + id).with(authentication(DISTRICT)))
        .andExpect(content().string(containsString("存续")));
    mvc.perform(
            post("/organisations/charity/trusts/" + id + "/accept")
                .with(authentication(DISTRICT))
                .with(csrf()))
        .andExpect(flash().attribute("error", "审核：该慈善信托当前状态为存续"));
    StaffAuthentication other =
        OrganisationPagesTest.accountFor(
            jdbc, data.socialGroup("他会", RegistryTestData.COMMUNITY, LocalDate.of(2020, 1, 1)));
    mvc.perform(get("/organisations/mine/trusts").with(authentication(other)))
        .andExpect(content().string(not(containsString(name))));
  }
}
