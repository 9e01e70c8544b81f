package cn.minzheng.socialwork;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.organisations.OrganisationTestData;
import cn.minzheng.organisations.OrganisationTestData.Registered;
import cn.minzheng.organisations.credit.CreditLists;
import cn.minzheng.organisations.credit.ListTrigger;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.registry.RegistryTestData;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Agencies are registered social organisations (issue 19): staff pick them from the organisations
 * register by name or credit code, see their registration status and credit-list standing; a code
 * not in the register or of a deregistered organisation is refused naming the field; a contract
 * with an organisation on the serious list (民政部令第60号 art. 19) is refused naming the field, one on
 * the abnormal list is not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgencyRegisterLinkTest {

  static final StaffAuthentication STREET_WORKER =
      auth(RegistryTestData.STREET, Role.STREET_CASEWORKER);
  static final StaffAuthentication COMMUNITY_WORKER =
      auth(RegistryTestData.COMMUNITY, Role.COMMUNITY_WORKER);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired OrganisationTestData organisations;
  @Autowired CreditLists creditLists;

  @Test
  void staffPickARegisteredOrganisationWithItsCreditStandingOnPageAndApi() throws Exception {
    Registered clean = agency("锦江区阳光社工服务中心" + System.nanoTime());
    Registered abnormal = agency("锦江区晨曦社工服务中心" + System.nanoTime());
    creditLists.list(abnormal.id(), ListTrigger.SMALL_FINE, "测试", LocalDate.of(2026, 1, 5), "test");

    mvc.perform(get("/socialwork/agencies").param("q", abnormal.creditCode()).with(staff()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(abnormal.creditCode())))
        .andExpect(content().string(Matchers.containsString("活动异常名录")));
    mvc.perform(
            get("/api/v1/socialwork/agencies/register")
                .param("q", clean.creditCode())
                .with(staff()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].creditCode").value(clean.creditCode()))
        .andExpect(jsonPath("$[0].credit").value("NONE"))
        .andExpect(jsonPath("$[0].statusLabel").value("正常"));
    mvc.perform(
            get("/api/v1/socialwork/agencies/register")
                .param("q", abnormal.creditCode())
                .with(authentication(COMMUNITY_WORKER)))
        .andExpect(status().isForbidden());

    pick(abnormal.creditCode()).andExpect(status().is3xxRedirection());
    assertThat(agencyName(abnormal.creditCode())).startsWith("锦江区晨曦社工服务中心");
    mvc.perform(get("/socialwork/agencies").param("words", abnormal.creditCode()).with(staff()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("活动异常名录")));
    pick(clean.creditCode()).andExpect(status().is3xxRedirection());
    mvc.perform(get("/socialwork/agencies").param("words", clean.creditCode()).with(staff()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("未列入")))
        .andExpect(content().string(Matchers.not(Matchers.containsString(abnormal.creditCode()))));
  }

  @Test
  void aCodeNotInTheRegisterOrOfADeregisteredOrganisationIsRefusedNamingTheField()
      throws Exception {
    String unknown = SocialWorkTestData.creditCode();
    pick(unknown)
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("统一社会信用代码：社会组织登记库中没有该机构")));
    Registered closed = agency("锦江区已注销社工服务中心" + System.nanoTime());
    jdbc.sql("update organisations.organisation set status = 'DEREGISTERED' where id = ?")
        .param(closed.id())
        .update();
    pick(closed.creditCode())
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("统一社会信用代码：该机构已注销，不能登记为社工机构")));
    assertThat(agencyName(unknown)).isNull();
    assertThat(agencyName(closed.creditCode())).isNull();
  }

  @Test
  void aContractWithAnOrganisationOnTheSeriousListIsRefusedTheAbnormalListIsNot() throws Exception {
    Registered serious = agency("锦江区失信社工服务中心" + System.nanoTime());
    Registered abnormal = agency("锦江区异常社工服务中心" + System.nanoTime());
    creditLists.list(serious.id(), ListTrigger.LARGE_FINE, "测试", LocalDate.of(2026, 1, 5), "test");
    creditLists.list(abnormal.id(), ListTrigger.SMALL_FINE, "测试", LocalDate.of(2026, 1, 5), "test");

    contract(serious.creditCode())
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("服务机构（统一社会信用代码）：锦江区失信社工服务中心")))
        .andExpect(content().string(Matchers.containsString("已列入严重违法失信名单，不得承接政府购买服务")));
    assertThat(contracts(serious.creditCode())).isZero();

    String location =
        contract(abnormal.creditCode())
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(contracts(abnormal.creditCode())).isEqualTo(1);
    mvc.perform(get(location).with(staff()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("正常；活动异常名录")));
  }

  private Registered agency(String name) {
    return organisations.socialServiceAgency(name, RegistryTestData.COMMUNITY);
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor staff() {
    return authentication(STREET_WORKER);
  }

  private ResultActions pick(String code) throws Exception {
    return mvc.perform(
        post("/socialwork/agencies")
            .param("creditCode", code)
            .param("regionCode", RegistryTestData.STREET)
            .with(staff())
            .with(csrf()));
  }

  private ResultActions contract(String code) throws Exception {
    return mvc.perform(
        post("/socialwork/contracts")
            .param("buyerRegionCode", RegistryTestData.STREET)
            .param("agencyCreditCode", code)
            .param("title", "困难群众关爱服务项目")
            .param("budget", "100000.00")
            .param("startsOn", "2026-01-01")
            .param("endsOn", "2026-12-31")
            .param("target", "服务人次")
            .param("targetCount", "100")
            .with(staff())
            .with(csrf()));
  }

  private String agencyName(String code) {
    return jdbc.sql("select name from socialwork.agency where credit_code = ?")
        .param(code)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private int contracts(String code) {
    return jdbc.sql("select count(*) from socialwork.contract where agency_credit_code = ?")
        .param(code)
        .query(Integer.class)
        .single();
  }
}
