package cn.minzheng.elderly;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.StaffSignIn;
import cn.minzheng.elderly.institution.Institution;
import cn.minzheng.elderly.institution.InstitutionOperators;
import cn.minzheng.elderly.institution.InstitutionQueries;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.WorkQueueSource;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * 机构经办人: files its institution online under the staff path's rules, sees only that institution,
 * answers a request for more materials and keeps its beds; the bureau finds the filing in its work
 * queue and decides it. Staff-only pages are forbidden to the operator, other institutions not
 * found.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InstitutionOperatorTest {

  private static final AtomicInteger OPERATORS = new AtomicInteger();

  static final StaffAuthentication APPROVER =
      auth(RegistryTestData.DISTRICT, Role.DISTRICT_APPROVER);

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired InstitutionQueries queries;
  @Autowired InstitutionOperators operators;
  @Autowired List<WorkQueueSource> queues;

  @Test
  void anOperatorFilesOnlineTheBureauAsksForMaterialsTheOperatorAnswersAndTheBureauFiles()
      throws Exception {
    StaffAuthentication operator = operator();
    long queued = onlineFilingsQueued();

    file(operator, "网上备案测试院", RegistryTestData.COMMUNITY, ChinaTime.today())
        .andExpect(status().is3xxRedirection());

    long id = operators.institutionOf(name(operator)).orElseThrow();
    Institution filed = queries.find(id).orElseThrow();
    assertThat(filed.status()).isEqualTo("SUBMITTED");
    assertThat(filed.filedOnline()).isTrue();
    assertThat(filed.late()).isFalse();
    assertThat(onlineFilingsQueued()).isEqualTo(queued + 1);
    assertThat(audits("elderly.institution.online", id)).isEqualTo(1);

    mvc.perform(
            post("/elderly/institutions/" + id + "/materials")
                .param("note", "请补充消防验收意见书")
                .with(authentication(APPROVER))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/elderly/my-institution").with(authentication(operator)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("请补充消防验收意见书")))
        .andExpect(content().string(Matchers.containsString("需补充材料")));
    // the request is the operator's to answer: in its 待办 (its one institution), not the bureau's
    assertThat(card(operator.user(), "elderly.materials")).isEqualTo(1);
    assertThat(card(APPROVER.user(), "elderly.materials")).isZero();
    mvc.perform(get("/").with(authentication(operator)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("本机构备案需补充材料")))
        .andExpect(content().string(Matchers.containsString("href=\"/elderly/my-institution\"")));
    mvc.perform(
            post("/elderly/my-institution/materials")
                .param("note", "已补充消防验收意见书（编号 X-1）")
                .with(authentication(operator))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(card(operator.user(), "elderly.materials")).isZero();

    assertThat(queries.find(id).orElseThrow().status()).isEqualTo("SUBMITTED");
    assertThat(queries.history(id))
        .extracting(InstitutionQueries.Step::action)
        .containsSubsequence("备案申请", "要求补充材料", "机构补充材料");
    mvc.perform(
            post("/elderly/institutions/" + id + "/receipt")
                .with(authentication(APPROVER))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(queries.find(id).orElseThrow().status()).isEqualTo("FILED");
    assertThat(queries.published()).extracting(Institution::id).contains(id);
    assertThat(onlineFilingsQueued()).isEqualTo(queued);
  }

  @Test
  void anOnlineFilingFollowsTheSameRulesAsTheCounterOne() throws Exception {
    StaffAuthentication operator = operator();
    // 60 calendar days after admitting residents is far beyond 10 working days
    file(operator, "逾期网上备案院", RegistryTestData.COMMUNITY, ChinaTime.today().minusDays(60))
        .andExpect(status().is3xxRedirection());
    long id = operators.institutionOf(name(operator)).orElseThrow();
    assertThat(queries.find(id).orElseThrow().late()).isTrue();

    StaffAuthentication another = operator();
    mvc.perform(
            filing(another, "缺承诺书院", RegistryTestData.COMMUNITY, ChinaTime.today())
                .param("pledgeSigned", "false"))
        .andExpect(content().string(Matchers.containsString("承诺书：须签署依法执业承诺")));
    file(another, "外区网上备案院", RegistryTestData.SIBLING_DISTRICT_COMMUNITY, ChinaTime.today())
        .andExpect(content().string(Matchers.containsString("所在区划：须为本账号所属辖区内")));
    assertThat(operators.institutionOf(name(another))).isEmpty();
  }

  @Test
  void anOperatorFilesOneInstitutionOnlyAndKeepsItsBeds() throws Exception {
    StaffAuthentication operator = operator();
    file(operator, "床位网上备案院", RegistryTestData.COMMUNITY, ChinaTime.today());
    long id = operators.institutionOf(name(operator)).orElseThrow();

    file(operator, "第二家院", RegistryTestData.COMMUNITY, ChinaTime.today())
        .andExpect(content().string(Matchers.containsString("本账号已绑定养老机构")));
    mvc.perform(
            post("/elderly/my-institution/beds")
                .param("total", "50")
                .param("nursing", "60")
                .param("occupied", "10")
                .with(authentication(operator))
                .with(csrf()))
        .andExpect(content().string(Matchers.containsString("护理型床位和在住人数不能超过床位总数")));
    mvc.perform(
            post("/elderly/my-institution/beds")
                .param("total", "150")
                .param("nursing", "90")
                .param("occupied", "120")
                .with(authentication(operator))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    Institution saved = queries.find(id).orElseThrow();
    assertThat(List.of(saved.totalBeds(), saved.nursingBeds(), saved.occupiedBeds()))
        .containsExactly(150, 90, 120);
    assertThat(
            jdbc.sql("select count(*) from elderly.institution where created_by = ?")
                .param(name(operator))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(audits("elderly.institution", id)).isGreaterThanOrEqualTo(2);
  }

  @Test
  void anOperatorSeesNoOtherInstitutionAndNoStaffPage() throws Exception {
    StaffAuthentication operator = operator();
    file(operator, "本院", RegistryTestData.COMMUNITY, ChinaTime.today());
    long own = operators.institutionOf(name(operator)).orElseThrow();
    StaffAuthentication neighbour = operator();
    file(neighbour, "同区邻院", RegistryTestData.COMMUNITY, ChinaTime.today());
    long other = operators.institutionOf(name(neighbour)).orElseThrow();

    mvc.perform(get("/api/v1/elderly/institutions/" + own).with(authentication(operator)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("本院"));
    mvc.perform(get("/api/v1/elderly/institutions/" + other).with(authentication(operator)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/elderly/my-institution").with(authentication(operator)))
        .andExpect(content().string(Matchers.containsString("本院")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("同区邻院"))));
    for (String page :
        List.of(
            "/elderly/institutions",
            "/elderly/institutions/" + own,
            "/elderly/institutions/" + other,
            "/elderly/home-services",
            "/elderly/allowance/checks")) {
      mvc.perform(get(page).with(authentication(operator))).andExpect(status().isForbidden());
    }
    mvc.perform(get("/api/v1/elderly/allowance/checks").with(authentication(operator)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/elderly/my-institution").with(authentication(APPROVER)))
        .andExpect(status().isForbidden());
  }

  @Test
  void staffOfAnotherDistrictDoNotFindAnOnlineFilingAndStaffBindAnOperator() throws Exception {
    StaffAuthentication operator = operator();
    file(operator, "绑定测试院", RegistryTestData.COMMUNITY, ChinaTime.today());
    long id = operators.institutionOf(name(operator)).orElseThrow();
    mvc.perform(
            get("/elderly/institutions/" + id)
                .with(authentication(auth("510105000000", Role.DISTRICT_APPROVER))))
        .andExpect(status().isNotFound());

    StaffAuthentication second = operator();
    // binding checks the account: none yet with this username
    mvc.perform(
            post("/elderly/institutions/" + id + "/operator")
                .param("note", name(second))
                .with(authentication(APPROVER))
                .with(csrf()))
        .andExpect(content().string(Matchers.containsString("经办人账号：不存在、已停用或不是机构经办人")));
    assertThat(operators.institutionOf(name(second))).isEmpty();
    StaffSignIn.createAccount(
        jdbc, name(second), "经办人", "unused", Role.INSTITUTION_OPERATOR, RegistryTestData.DISTRICT);
    StaffAuthentication caseworker = operator();
    StaffSignIn.createAccount(
        jdbc, name(caseworker), "经办人", "unused", Role.STREET_CASEWORKER, RegistryTestData.DISTRICT);
    mvc.perform(
            post("/elderly/institutions/" + id + "/operator")
                .param("note", name(caseworker))
                .with(authentication(APPROVER))
                .with(csrf()))
        .andExpect(content().string(Matchers.containsString("不是机构经办人")));
    assertThat(operators.institutionOf(name(caseworker))).isEmpty();
    mvc.perform(
            post("/elderly/institutions/" + id + "/operator")
                .param("note", name(second))
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER)))
                .with(csrf()))
        .andExpect(status().isForbidden());
    assertThat(operators.institutionOf(name(second))).isEmpty();
    mvc.perform(
            post("/elderly/institutions/" + id + "/operator")
                .param("note", name(second))
                .with(authentication(APPROVER))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(operators.institutionOf(name(second))).contains(id);
    mvc.perform(get("/elderly/my-institution").with(authentication(second)))
        .andExpect(content().string(Matchers.containsString("绑定测试院")));
    mvc.perform(
            post("/elderly/institutions/" + id + "/operator")
                .param("note", "Bad Name!")
                .with(authentication(APPROVER))
                .with(csrf()))
        .andExpect(content().string(Matchers.containsString("经办人账号：")));
  }

  private ResultActions file(
      StaffAuthentication operator, String name, String region, LocalDate admitted)
      throws Exception {
    return mvc.perform(filing(operator, name, region, admitted).param("pledgeSigned", "true"));
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder filing(
      StaffAuthentication operator, String name, String region, LocalDate admitted) {
    return post("/elderly/my-institution")
        .param("name", name)
        .param("creditCode", ElderlyTestData.creditCode())
        .param("address", "锦江区网上路1号")
        .param("regionCode", region)
        .param("legalRepresentative", "钱𠮷")
        .param("premises", "LEASED")
        .param("contactPhone", "028-86001111")
        .param("totalBeds", "100")
        .param("nursingBeds", "50")
        .param("admittedOn", admitted.toString())
        .with(authentication(operator))
        .with(csrf());
  }

  private static StaffAuthentication operator() {
    int n = OPERATORS.incrementAndGet();
    String username = "op" + System.nanoTime() % 1_000_000_000L + "n" + n;
    return StaffAuthentication.of(
        new StaffUser(
            900_000 + n,
            username,
            "经办人",
            RegistryTestData.DISTRICT,
            Set.of(Role.INSTITUTION_OPERATOR)));
  }

  private static String name(StaffAuthentication who) {
    return who.user().username();
  }

  /** The count of the user's card of that kind, 0 when there is none. */
  private long card(StaffUser user, String kind) {
    return queues.stream()
        .flatMap(q -> q.pendingFor(user).stream())
        .filter(e -> e.kind().equals(kind))
        .mapToLong(WorkQueueSource.WorkQueueEntry::count)
        .sum();
  }

  private long onlineFilingsQueued() {
    StaffUser approver = APPROVER.user();
    return queues.stream()
        .flatMap(q -> q.pendingFor(approver).stream())
        .filter(e -> e.kind().equals("elderly.filing.online"))
        .mapToLong(WorkQueueSource.WorkQueueEntry::count)
        .sum();
  }

  private long audits(String action, long target) {
    return jdbc.sql("select count(*) from platform.audit_log where action = ? and target_id = ?")
        .params(action, "" + target)
        .query(Long.class)
        .single();
  }
}
