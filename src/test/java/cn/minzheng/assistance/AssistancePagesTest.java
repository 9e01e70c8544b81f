package cn.minzheng.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.assistance.AssistanceFixtures.Household;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseState;
import cn.minzheng.assistance.cases.CaseStore;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.TownshipReview;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.shared.ChinaTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class AssistancePagesTest {

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired CaseApplications applications;
  @Autowired CaseWorkflow workflow;
  @Autowired TownshipReview review;
  @Autowired CaseStore store;
  @Autowired cn.minzheng.assistance.cases.CaseDecisions decisions;
  @Autowired JdbcClient jdbc;
  @Autowired java.util.List<cn.minzheng.platform.WorkQueueSource> queue;

  AssistanceFixtures fx;
  StaffUser caseworker = AssistanceFixtures.caseworker();

  @BeforeEach
  void fixtures() {
    fx = new AssistanceFixtures(registry, applications, workflow, review);
  }

  @Test
  void thePublicListShowsMaskedNamesWithoutIdNumbersAndTakesAnObjection() throws Exception {
    Household h = fx.household(2);
    long id = fx.inPublicity(fx.dibao(h, Category.SUPPORT), "1000", caseworker, ChinaTime.today());
    String name = store.find(id).orElseThrow().applicantName();
    String page =
        mvc.perform(get("/public/assistance/publicity/" + AssistanceFixtures.COMMUNITY))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains(cn.minzheng.shared.Masking.publicName(name)).doesNotContain(name);
    assertThat(page).doesNotContain(h.applicantIdNumber()).contains("820");
    assertThat(page).doesNotContainPattern("[0-9]{17}[0-9X]");

    mvc.perform(
            post("/public/assistance/publicity/"
                    + AssistanceFixtures.COMMUNITY
                    + "/"
                    + id
                    + "/objection")
                .param("content", "该户有经营收入")
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(store.find(id).orElseThrow().state()).isEqualTo(CaseState.OBJECTED);
    String after =
        mvc.perform(get("/public/assistance/publicity/" + AssistanceFixtures.COMMUNITY))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(after).doesNotContain("/" + id + "/objection");
  }

  @Test
  void thePublicObjectionFormIsRateLimitedPerAddress() throws Exception {
    String url = "/public/assistance/publicity/" + AssistanceFixtures.COMMUNITY + "/-1/objection";
    for (int i = 0; i < 20; i++) {
      mvc.perform(post(url).param("content", "测试").with(csrf()).with(from("10.77.0.1")))
          .andExpect(status().isNotFound());
    }
    mvc.perform(post(url).param("content", "测试").with(csrf()).with(from("10.77.0.1")))
        .andExpect(status().isTooManyRequests());
    mvc.perform(post(url).param("content", "测试").with(csrf()).with(from("10.77.0.2")))
        .andExpect(status().isNotFound());
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor from(
      String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  @Test
  void aCaseOutsideTheStreetIsNotFoundOnPageListAndApi() throws Exception {
    long id = fx.file(fx.dibao(fx.household(1), Category.BOTTOM), caseworker, ChinaTime.today());
    String caseNo = store.find(id).orElseThrow().caseNo();
    var other =
        authentication(
            StaffAuthentication.of(
                AssistanceFixtures.staff(
                    AssistanceFixtures.SIBLING_STREET, Role.STREET_CASEWORKER)));
    var own = authentication(StaffAuthentication.of(caseworker));
    mvc.perform(get("/assistance/cases/" + id).with(other)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/assistance/cases/" + id).with(other))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.title").value("未找到"));
    mvc.perform(get("/assistance/cases").param("q", caseNo).with(other))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(caseNo + "</a>"))));
    mvc.perform(get("/assistance/cases").param("q", caseNo).with(own))
        .andExpect(content().string(org.hamcrest.Matchers.containsString(caseNo + "</a>")));
    mvc.perform(get("/assistance/cases/" + id).with(own))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("提交申请")));
  }

  @Test
  void theCaseExportHoldsOnlyCasesInScopeAndNoIdNumbers() throws Exception {
    Household h = fx.household(1);
    long id = fx.file(fx.dibao(h, Category.BOTTOM), caseworker, ChinaTime.today());
    String caseNo = store.find(id).orElseThrow().caseNo();
    var other =
        authentication(
            StaffAuthentication.of(
                AssistanceFixtures.staff(
                    AssistanceFixtures.SIBLING_STREET, Role.STREET_CASEWORKER)));
    assertThat(exportText(other, caseNo)).doesNotContain(caseNo);
    String own = exportText(authentication(StaffAuthentication.of(caseworker)), caseNo);
    assertThat(own).contains(caseNo).doesNotContain(h.applicantIdNumber());
  }

  private String exportText(
      org.springframework.test.web.servlet.request.RequestPostProcessor who, String caseNo)
      throws Exception {
    byte[] xlsx =
        mvc.perform(get("/assistance/cases/export").param("q", caseNo).with(who))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      StringBuilder text = new StringBuilder();
      wb.getSheetAt(0)
          .forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
      return text.toString();
    }
  }

  @Test
  void theWorkQueueShowsStreetCasesToTheStreetAndReadyCasesToTheApprover() {
    fx.file(fx.dibao(fx.household(1), Category.BOTTOM), caseworker, ChinaTime.today());
    var street = queue.stream().flatMap(q -> q.pendingFor(caseworker).stream()).toList();
    assertThat(street).anySatisfy(e -> assertThat(e.kind()).isEqualTo("assistance.street"));
    StaffUser otherStreet =
        AssistanceFixtures.staff(AssistanceFixtures.SIBLING_STREET, Role.STREET_CASEWORKER);
    long before =
        queue.stream()
            .flatMap(q -> q.pendingFor(otherStreet).stream())
            .filter(e -> e.kind().equals("assistance.street"))
            .mapToLong(e -> e.count())
            .sum();
    fx.file(fx.dibao(fx.household(1), Category.BOTTOM), caseworker, ChinaTime.today());
    long after =
        queue.stream()
            .flatMap(q -> q.pendingFor(otherStreet).stream())
            .filter(e -> e.kind().equals("assistance.street"))
            .mapToLong(e -> e.count())
            .sum();
    assertThat(after).isEqualTo(before);
  }

  /** The count of the user's card of that kind, 0 when there is none. */
  private long card(StaffUser user, String kind) {
    return queue.stream()
        .flatMap(q -> q.pendingFor(user).stream())
        .filter(e -> e.kind().equals(kind))
        .mapToLong(e -> e.count())
        .sum();
  }

  @Test
  void theCommunityGetsItsHomeVisitsAndTheCountyNotTheCityConfirms() {
    // in the sibling street: the community of the demo's community worker keeps its empty 待办
    // (ShellAndErrorsTest)
    long visit =
        fx.file(
            fx.dibao(
                fx.household(
                    cn.minzheng.registry.RegistryTestData.SIBLING_STREET_COMMUNITY,
                    java.time.LocalDate.of(1984, 5, 6)),
                Category.BOTTOM),
            AssistanceFixtures.staff(AssistanceFixtures.SIBLING_STREET, Role.STREET_CASEWORKER),
            ChinaTime.today());
    long confirm =
        fx.file(fx.dibao(fx.household(1), Category.BOTTOM), caseworker, ChinaTime.today());
    jdbc.sql("update assistance.assistance_case set state = 'VERIFIED' where id = ?")
        .param(visit)
        .update();
    jdbc.sql("update assistance.assistance_case set state = 'TOWNSHIP_APPROVED' where id = ?")
        .param(confirm)
        .update();
    String community =
        jdbc.sql("select region_code from assistance.assistance_case where id = ?")
            .param(visit)
            .query(String.class)
            .single();
    StaffUser communityWorker = AssistanceFixtures.staff(community, Role.COMMUNITY_WORKER);
    long waitingForTheVisit =
        jdbc.sql(
                "select count(*) from assistance.assistance_case where state = 'VERIFIED'"
                    + " and region_code = ?")
            .param(community)
            .query(Long.class)
            .single();

    // 入户调查 is the community's step; accepting and reviewing are the street's, not its
    assertThat(card(communityWorker, "assistance.visit")).isEqualTo(waitingForTheVisit);
    assertThat(card(communityWorker, "assistance.street")).isZero();
    assertThat(card(communityWorker, "assistance.confirm")).isZero();
    // 县级确认 is the county's: the district approver has it, the city administrator does not
    assertThat(card(AssistanceFixtures.approver(), "assistance.confirm")).isPositive();
    assertThat(
            card(
                AssistanceFixtures.staff(AssistanceFixtures.CITY, Role.CITY_ADMIN),
                "assistance.confirm"))
        .isZero();
    assertThat(card(caseworker, "assistance.confirm")).isZero();
  }

  @Test
  void theRefusalNoticeIsIssuedByAPostAndReadAsAnOfficialDocument() throws Exception {
    long id = fx.file(fx.dibao(fx.household(1), Category.BOTTOM), caseworker, ChinaTime.today());
    var street = authentication(StaffAuthentication.of(caseworker));
    // not refused: there is no notice to read or issue
    mvc.perform(get("/assistance/cases/" + id + "/notice").with(street))
        .andExpect(status().isNotFound());
    AssistanceFixtures.run(
        AssistanceFixtures.approver(),
        () -> decisions.refuse(id, "家庭人均收入高于标准", AssistanceFixtures.approver(), ChinaTime.today()));

    // reading the notice records nothing
    mvc.perform(get("/assistance/cases/" + id + "/notice").with(street))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("锦江区民政局")))
        .andExpect(content().string(containsString("（未出具）")));
    assertThat(store.find(id).orElseThrow().noticeIssuedOn()).isNull();

    var community =
        authentication(
            StaffAuthentication.of(
                AssistanceFixtures.staff("510104001001", Role.COMMUNITY_WORKER)));
    mvc.perform(post("/assistance/cases/" + id + "/notice").with(community).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/assistance/cases/" + id + "/notice").with(street).with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertThat(store.find(id).orElseThrow().noticeIssuedOn()).isEqualTo(ChinaTime.today());
    mvc.perform(get("/assistance/cases/" + id + "/notice").with(street))
        .andExpect(content().string(containsString("不予纳入告知〔")))
        .andExpect(content().string(containsString("data-testid=\"notice-seal\"")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "告知日期：<span data-testid=\"notice-issued\">" + ChinaTime.today())));
  }

  @Test
  void theApprovalFormAndTheTerminationNoticeAreOfficialDocumentsOfDecidedCasesOnly()
      throws Exception {
    var today = ChinaTime.today();
    StaffUser approver = AssistanceFixtures.approver();
    long id =
        fx.inPublicity(
            fx.dibao(fx.household(2), Category.BOTTOM), "300", caseworker, today.minusDays(10));
    var street = authentication(StaffAuthentication.of(caseworker));
    // in publicity: not decided, no approval form, no notice
    mvc.perform(get("/assistance/cases/" + id + "/approval-form").with(street))
        .andExpect(status().isNotFound());
    AssistanceFixtures.run(approver, () -> decisions.confirm(id, approver, today));
    String caseNo = store.find(id).orElseThrow().caseNo();

    String form =
        mvc.perform(get("/assistance/cases/" + id + "/approval-form").with(street))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(form)
        .contains("锦江区民政局")
        .contains("审批〔" + today.getYear() + "〕" + caseNo + "号")
        .contains("data-testid=\"form-seal-street\"", "data-testid=\"form-seal-county\"")
        .contains(
            "同意纳入，自 "
                + today.plusMonths(1).getYear()
                + "年"
                + today.plusMonths(1).getMonthValue()
                + "月 起发放");
    mvc.perform(get("/assistance/cases/" + id + "/notice").with(street))
        .andExpect(status().isNotFound());
    // outside the caller's subtree: not found, as every read
    var otherStreet =
        authentication(
            StaffAuthentication.of(
                AssistanceFixtures.staff(
                    AssistanceFixtures.SIBLING_STREET, Role.STREET_CASEWORKER)));
    mvc.perform(get("/assistance/cases/" + id + "/approval-form").with(otherStreet))
        .andExpect(status().isNotFound());

    var lastPaid = java.time.YearMonth.from(today);
    AssistanceFixtures.run(
        approver, () -> decisions.end(id, lastPaid, "家庭人均收入已高于当地低保标准", approver));
    String notice =
        mvc.perform(get("/assistance/cases/" + id + "/notice").with(street))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    var firstUnpaid = lastPaid.plusMonths(1);
    assertThat(notice)
        .contains("社会救助终止告知书")
        .contains("终止保障告知〔" + today.getYear() + "〕" + caseNo + "号")
        .contains("家庭人均收入已高于当地低保标准")
        .contains(firstUnpaid.getYear() + "年" + firstUnpaid.getMonthValue() + "月</span> 起停止发放")
        .contains("data-testid=\"notice-seal\"");
    // the ended case keeps its approval form
    mvc.perform(get("/assistance/cases/" + id + "/approval-form").with(street))
        .andExpect(status().isOk());
  }

  @Test
  void theApiRefusesAnInvalidTransitionWithProblemDetails() throws Exception {
    long id = fx.file(fx.dibao(fx.household(1), Category.BOTTOM), caseworker, ChinaTime.today());
    StaffUser approver = AssistanceFixtures.approver();
    mvc.perform(
            post("/api/v1/assistance/cases/" + id + "/transitions/confirm")
                .with(authentication(StaffAuthentication.of(approver)))
                .with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("invalid-transition"))
        .andExpect(jsonPath("$.detail").value("案件当前状态为“已申请”，不能执行“县级确认”。"));
  }

  @Test
  void aCaseworkerFilesAnApplicationWithConsentAndAPdfAndRefusedFileTypes() throws Exception {
    Household h = fx.household(2);
    var own = authentication(StaffAuthentication.of(caseworker));
    // The look-up is posted: an ID number in the address is not looked up (proxies keep addresses).
    mvc.perform(get("/assistance/cases/new").param("idNumber", h.applicantIdNumber()).with(own))
        .andExpect(status().isOk())
        .andExpect(
            content().string(org.hamcrest.Matchers.not(containsString("application-members"))));
    mvc.perform(
            post("/assistance/cases/new/lookup")
                .param("idNumber", h.applicantIdNumber())
                .with(own)
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("application-members")));
    MockMultipartFile exe =
        new MockMultipartFile("files", "a.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0});
    mvc.perform(
            multipart("/assistance/cases/new")
                .file(exe)
                .param("idNumber", h.applicantIdNumber())
                .param("type", "DIBAO")
                .param("category", "SUPPORT")
                .param("consentRef", "SQ-1")
                .param("consentSignedOn", "2026-03-01")
                .with(own)
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("仅接受PDF、JPG、PNG文件")));
    // a consent "signed" in 2099 is refused naming the field, and no case is opened
    mvc.perform(
            multipart("/assistance/cases/new")
                .param("idNumber", h.applicantIdNumber())
                .param("type", "DIBAO")
                .param("category", "SUPPORT")
                .param("consentRef", "SQ-2099")
                .param("consentSignedOn", "2099-01-01")
                .with(own)
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("授权书签署日期：日期不能晚于今天")));
    MockMultipartFile pdf =
        new MockMultipartFile("files", "收入证明.pdf", "application/pdf", "%PDF-1.4 test".getBytes());
    String location =
        mvc.perform(
                multipart("/assistance/cases/new")
                    .file(pdf)
                    .param("idNumber", h.applicantIdNumber())
                    .param("type", "DIBAO")
                    .param("category", "SUPPORT")
                    .param("income_" + h.personIds().get(0), "300")
                    .param("consentRef", "SQ-2")
                    .param("consentSignedOn", "2026-03-01")
                    .with(own)
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long id = Long.parseLong(location.replaceAll(".*/cases/(\\d+).*", "$1"));
    assertThat(store.find(id).orElseThrow().consentRef()).isEqualTo("SQ-2");
    assertThat(
            jdbc.sql("select count(*) from assistance.attachment where case_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    long attachment =
        jdbc.sql("select id from assistance.attachment where case_id = ?")
            .param(id)
            .query(Long.class)
            .single();
    String url = "/assistance/cases/" + id + "/attachments/" + attachment;
    mvc.perform(get(url).with(own))
        .andExpect(status().isOk())
        .andExpect(content().bytes("%PDF-1.4 test".getBytes()))
        .andExpect(
            header()
                .string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")));
    var otherStreet =
        authentication(
            StaffAuthentication.of(
                AssistanceFixtures.staff("510104002000", Role.STREET_CASEWORKER)));
    mvc.perform(get(url).with(otherStreet)).andExpect(status().isNotFound());
    mvc.perform(
            get("/assistance/cases/" + id + "/attachments/" + (attachment + 1_000_000)).with(own))
        .andExpect(status().isNotFound());
  }

  /** A new version of 蒲江县's standard from {@code effectiveFrom}, posted to {@code path}. */
  private static MockHttpServletRequestBuilder standard(String path, String effectiveFrom) {
    return post(path)
        .param("areaCode", "510131000000")
        .param("effectiveFrom", effectiveFrom)
        .param("dibaoStandard", "999")
        .param("basis", "测试文件")
        .with(csrf());
  }

  private static RequestPostProcessor cityAdmin() {
    return authentication(
        StaffAuthentication.of(AssistanceFixtures.staff(AssistanceFixtures.CITY, Role.CITY_ADMIN)));
  }

  @Test
  void aStandardStartingMidMonthIsRefusedWithTheFieldNamed() throws Exception {
    for (String path :
        List.of("/assistance/admin/standards/preview", "/assistance/admin/standards")) {
      mvc.perform(standard(path, "2099-03-15").with(cityAdmin()))
          .andExpect(status().isOk())
          .andExpect(
              content()
                  .string(org.hamcrest.Matchers.containsString("生效日期：须为某月1日（救助金按月发放，标准自当月1日起生效）")))
          .andExpect(
              content()
                  .string(
                      org.hamcrest.Matchers.not(
                          org.hamcrest.Matchers.containsString("standard-preview-result"))));
    }
    assertThat(
            jdbc.sql(
                    "select count(*) from assistance.standard_version"
                        + " where area_code = '510131000000' and effective_from = '2099-03-15'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theCityAdministratorPreviewsAndAddsAStandardVersionWhichIsAudited() throws Exception {
    mvc.perform(standard("/assistance/admin/standards/preview", "2099-01-01").with(cityAdmin()))
        .andExpect(status().isOk())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("standard-preview-result")));
    mvc.perform(standard("/assistance/admin/standards", "2099-01-01").with(cityAdmin()))
        .andExpect(status().is3xxRedirection());
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.audit_log where action = 'assistance.standard.add'"
                        + " and target_id = '510131000000:2099-01-01'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    var caseworkerAuth = authentication(StaffAuthentication.of(caseworker));
    mvc.perform(standard("/assistance/admin/standards", "2099-02-01").with(caseworkerAuth))
        .andExpect(status().isForbidden());
  }
}
