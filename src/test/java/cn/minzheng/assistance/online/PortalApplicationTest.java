package cn.minzheng.assistance.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.assistance.AssistanceFixtures;
import cn.minzheng.assistance.AssistanceFixtures.Household;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.Attachments;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.TownshipReview;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 网上申请 in steps (issue 24): the 一次告知 list, the steps with fields that fit the programme, no income
 * assumed, uploads checked by content and size and stored once, the review and the one submit, and
 * the progress timeline of the citizen's own applications only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalApplicationTest {

  /** The smallest content each accepted type is recognised by (its first bytes). */
  static final byte[] PDF = "%PDF-1.4\n% 收入证明\n".getBytes(StandardCharsets.UTF_8);

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired CaseApplications applications;
  @Autowired CaseWorkflow workflow;
  @Autowired TownshipReview review;
  @Autowired JdbcClient jdbc;
  @Autowired PersonDirectory persons;

  AssistanceFixtures fx;

  @BeforeEach
  void fixtures() {
    fx = new AssistanceFixtures(registry, applications, workflow, review);
  }

  static RequestPostProcessor citizenOf(Household h) {
    return authentication(
        CitizenAuthentication.of(new Citizen(970_000 + h.id(), h.personIds().get(0))));
  }

  @Test
  void theMaterialsListNamesEveryMaterialOfTheProgrammeWithWhyItIsNeededAndPrints()
      throws Exception {
    Household h = fx.household(1);
    String dibao = page(get("/portal/assistance/materials/DIBAO").with(citizenOf(h)));
    assertThat(dibao)
        .contains("居民身份证", "户口簿", "家庭成员收入证明", "家庭财产情况说明", "残疾人证", "家庭经济状况核对授权书")
        .contains("家庭成员中有持证残疾人的提供", "网上电子签署", "用途：", "data-print")
        .doesNotContain("急难情况证明", "法定赡养、抚养、扶养义务人情况证明");
    assertThat(page(get("/portal/assistance/materials/TEKUN").with(citizenOf(h))))
        .contains("法定赡养、抚养、扶养义务人情况证明", "有法定义务人的提供", "残疾人证")
        .doesNotContain("急难情况证明");
    assertThat(page(get("/portal/assistance/materials/LINSHI").with(citizenOf(h))))
        .contains("急难情况证明", "急难型提供", "医疗、教育等刚性支出票据", "支出型提供")
        .doesNotContain("家庭成员收入证明", "残疾人证");
    // 低保边缘 is identified by the street, not applied for online
    mvc.perform(get("/portal/assistance/materials/MARGINAL").with(citizenOf(h)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/citizen/assistance/materials/TEKUN").with(citizenOf(h)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.hasItem("SUPPORTER_PROOF")))
        .andExpect(jsonPath("$[?(@.code == 'CONSENT')].uploaded").value(false))
        .andExpect(jsonPath("$[0].why").value(containsString("核实")));
  }

  @Test
  void noIncomeIsAssumedAnEmptyOneIsAnErrorNamingTheMemberAndZeroMustBeTyped() throws Exception {
    Household h = fx.household(2);
    long second = h.personIds().get(1);
    String secondName = name(second);
    start(h, "DIBAO");
    mvc.perform(
            post("/portal/assistance/apply/household")
                .param("category", "BOTTOM")
                .with(citizenOf(h))
                .with(csrf()))
        .andExpect(redirectedUrl("/portal/assistance/apply/income"));
    String form = page(get("/portal/assistance/apply/income").with(citizenOf(h)));
    assertThat(form).contains("income_" + second).doesNotContain("value=\"0\"");

    String refused =
        mvc.perform(income(h, "1200", "", "0").with(citizenOf(h)).with(csrf()))
            .andExpect(status().isUnprocessableEntity())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused).contains(secondName + "的月收入：请填写（没有收入请填0）").contains("value=\"1200\"");
    assertThat(answers(h)).doesNotContainKey("income_" + h.personIds().get(0));

    for (String wrong : List.of("-1", "12.345", "1e5", "一千")) {
      mvc.perform(income(h, "1200", wrong, "0").with(citizenOf(h)).with(csrf()))
          .andExpect(status().isUnprocessableEntity())
          .andExpect(content().string(containsString(secondName + "的月收入：")));
    }
    mvc.perform(income(h, "1200", "0", "").with(citizenOf(h)).with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("存款及有价证券：请填写家庭合计金额（没有请填0）")));

    mvc.perform(income(h, "1200", "0", "0").with(citizenOf(h)).with(csrf()))
        .andExpect(redirectedUrl("/portal/assistance/apply/materials"));
    assertThat(answers(h))
        .containsEntry("income_" + h.personIds().get(0), "1200")
        .containsEntry("income_" + second, "0")
        .containsEntry("savings", "0");
  }

  @Test
  void theFieldsFitTheProgrammeChosen() throws Exception {
    Household tekun = fx.household(1);
    start(tekun, "TEKUN");
    mvc.perform(
            post("/portal/assistance/apply/household")
                .param("careLevel", "PARTIAL")
                .with(citizenOf(tekun))
                .with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("法定义务人：请选择")))
        .andExpect(content().string(not(containsString("保障类别："))));
    mvc.perform(
            post("/portal/assistance/apply/household")
                .param("careLevel", "PARTIAL")
                .param("supporters", "UNABLE")
                .with(citizenOf(tekun))
                .with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("义务人情况：请说明")));
    mvc.perform(
            post("/portal/assistance/apply/household")
                .param("careLevel", "PARTIAL")
                .param("supporters", "UNABLE")
                .param("supportersNote", "独子重度残疾，无收入")
                .with(citizenOf(tekun))
                .with(csrf()))
        .andExpect(redirectedUrl("/portal/assistance/apply/income"));

    Household linshi = fx.household(1);
    start(linshi, "LINSHI");
    for (String amount : List.of("0", "", "-5", "3000.001")) {
      mvc.perform(
              post("/portal/assistance/apply/household")
                  .param("linshiKind", "EMERGENCY")
                  .param("situation", "家中失火，衣物被褥全部烧毁")
                  .param("amountAsked", amount)
                  .with(citizenOf(linshi))
                  .with(csrf()))
          .andExpect(status().isUnprocessableEntity())
          .andExpect(content().string(containsString("申请金额：")))
          .andExpect(content().string(containsString("家中失火")));
    }
    mvc.perform(
            post("/portal/assistance/apply/household")
                .param("linshiKind", "EMERGENCY")
                .param("situation", "失火")
                .param("amountAsked", "0.01")
                .with(citizenOf(linshi))
                .with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("困难情况：请说明")))
        .andExpect(content().string(not(containsString("申请金额："))));

    Household dibao = fx.household(1);
    start(dibao, "DIBAO");
    // 单人户纳入 is the street's decision, not an option of the online form
    mvc.perform(
            post("/portal/assistance/apply/household")
                .param("category", "SINGLE")
                .with(citizenOf(dibao))
                .with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("保障类别：请选择兜底型、扶持型或保护型")));
  }

  @Test
  void uploadsAreCheckedByContentAndSizeAndTheSameFileIsStoredOnce() throws Exception {
    Household h = fx.household(1);
    start(h, "DIBAO");
    mvc.perform(upload(h, "INCOME_PROOF", "工资证明.pdf", PDF))
        .andExpect(redirectedUrl("/portal/assistance/apply/materials"));
    // the same content again, under another name: stored once
    mvc.perform(upload(h, "INCOME_PROOF", "工资证明(1).pdf", PDF))
        .andExpect(redirectedUrl("/portal/assistance/apply/materials"));
    assertThat(files(h)).isEqualTo(1);
    mvc.perform(get("/portal/assistance/apply/materials").with(citizenOf(h)))
        .andExpect(content().string(containsString("工资证明.pdf")));

    // by content, not by name: a text file called .pdf is refused
    mvc.perform(upload(h, "ID_CARD", "身份证.pdf", "只是文字".getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("仅接受PDF、JPG、PNG文件")));
    // a PNG named .txt is a PNG
    mvc.perform(upload(h, "ID_CARD", "身份证.txt", PNG))
        .andExpect(redirectedUrl("/portal/assistance/apply/materials"));
    assertThat(
            jdbc.sql(
                    "select content_type from assistance.online_draft_file f"
                        + " join assistance.online_draft d on d.id = f.draft_id"
                        + " where d.person_id = ? and f.material = 'ID_CARD'")
                .param(h.personIds().get(0))
                .query(String.class)
                .single())
        .isEqualTo("image/png");

    // exactly 5 MB is accepted, one byte more refused with the reason
    byte[] limit = Arrays.copyOf(PDF, Attachments.MAX_BYTES);
    mvc.perform(upload(h, "ASSET_PROOF", "房产证.pdf", limit))
        .andExpect(redirectedUrl("/portal/assistance/apply/materials"));
    byte[] over = Arrays.copyOf(PDF, Attachments.MAX_BYTES + 1);
    mvc.perform(upload(h, "ASSET_PROOF", "房产证大.pdf", over))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("超过5MB")));
    mvc.perform(upload(h, "ASSET_PROOF", "空.pdf", new byte[0]))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("文件：请选择要上传的文件")));
    // a material of another programme
    mvc.perform(upload(h, "EMERGENCY_PROOF", "急难.pdf", PNG))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("材料类别：请选择")));
    assertThat(files(h)).isEqualTo(3);

    long fileId =
        jdbc.sql(
                "select f.id from assistance.online_draft_file f join assistance.online_draft d"
                    + " on d.id = f.draft_id where d.person_id = ? and f.material = 'ID_CARD'")
            .param(h.personIds().get(0))
            .query(Long.class)
            .single();
    Household other = fx.household(1);
    start(other, "DIBAO");
    // another citizen cannot remove it
    mvc.perform(
            post("/portal/assistance/apply/files/" + fileId + "/delete")
                .with(citizenOf(other))
                .with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/portal/assistance/apply/files/" + fileId + "/delete")
                .with(citizenOf(h))
                .with(csrf()))
        .andExpect(redirectedUrl("/portal/assistance/apply/materials"));
    assertThat(files(h)).isEqualTo(2);
  }

  @Test
  void theReviewShowsEverythingAndTheOneSubmitFilesCaseMembersAndFiles() throws Exception {
    Household h = fx.household(2);
    long head = h.personIds().get(0);
    long son = h.personIds().get(1);
    start(h, "DIBAO");
    mvc.perform(
        post("/portal/assistance/apply/household")
            .param("category", "SUPPORT")
            .with(citizenOf(h))
            .with(csrf()));
    mvc.perform(
        post("/portal/assistance/apply/income")
            .param("income_" + head, "640.50")
            .param("income_" + son, "0")
            .param("savings", "3000")
            .param("property", "自有住房一套45平方米")
            .with(citizenOf(h))
            .with(csrf()));
    mvc.perform(upload(h, "INCOME_PROOF", "工资证明.pdf", PDF));

    String reviewPage = page(get("/portal/assistance/apply/review").with(citizenOf(h)));
    assertThat(reviewPage)
        .contains("扶持型", "640.50", "3000", "自有住房一套45平方米", "工资证明.pdf")
        .contains(name(head), name(son))
        .contains("居民身份证：未上传");

    // without the consent nothing is filed, and everything typed is still there
    mvc.perform(post("/portal/assistance/apply/submit").with(citizenOf(h)).with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("核对授权：请阅读并同意")))
        .andExpect(content().string(containsString("640.50")));
    assertThat(cases(h)).isZero();
    assertThat(answers(h)).containsEntry("income_" + head, "640.50");

    String location =
        mvc.perform(
                post("/portal/assistance/apply/submit")
                    .param("consent", "on")
                    .with(citizenOf(h))
                    .with(csrf()))
            .andExpect(redirectedUrlPattern("/portal/assistance/cases/*?filed"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long caseId =
        Long.parseLong(location.replace("/portal/assistance/cases/", "").replace("?filed", ""));
    Map<String, Object> c =
        jdbc.sql(
                "select channel, category, state, consent_ref from assistance.assistance_case"
                    + " where id = ?")
            .param(caseId)
            .query()
            .singleRow();
    assertThat(c)
        .containsEntry("channel", "PORTAL")
        .containsEntry("category", "SUPPORT")
        .containsEntry("state", "APPLIED");
    assertThat((String) c.get("consent_ref")).startsWith("电子授权-");
    assertThat(income(caseId, head)).isEqualByComparingTo(new BigDecimal("640.50"));
    assertThat(income(caseId, son)).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(
            jdbc.sql(
                    "select material || ':' || file_name from assistance.attachment"
                        + " where case_id = ?")
                .param(caseId)
                .query(String.class)
                .list())
        .containsExactly("INCOME_PROOF:工资证明.pdf");
    // the street sees the file on the case page, under its material, and its download is audited
    RequestPostProcessor street =
        authentication(StaffAuthentication.of(AssistanceFixtures.caseworker()));
    mvc.perform(get("/assistance/cases/" + caseId).with(street))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("家庭成员收入证明：")))
        .andExpect(content().string(containsString("工资证明.pdf")));
    long attachmentId =
        jdbc.sql("select id from assistance.attachment where case_id = ?")
            .param(caseId)
            .query(Long.class)
            .single();
    String download = "/assistance/cases/" + caseId + "/attachments/" + attachmentId;
    assertThat(
            mvc.perform(get(download).with(street))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray())
        .isEqualTo(PDF);
    assertThat(
            jdbc.sql(
                    "select count(*) from platform.audit_log"
                        + " where action = 'assistance.attachment.download' and target_id = ?")
                .param(Long.toString(caseId))
                .query(Long.class)
                .single())
        .isOne();
    RequestPostProcessor otherStreet =
        authentication(
            StaffAuthentication.of(
                AssistanceFixtures.staff(
                    AssistanceFixtures.SIBLING_STREET, Role.STREET_CASEWORKER)));
    mvc.perform(get(download).with(otherStreet)).andExpect(status().isNotFound());

    assertThat(answers(h)).isEmpty();
    assertThat(
            jdbc.sql("select count(*) from assistance.online_draft where person_id = ?")
                .param(head)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aRefusedSubmitWritesNothingAndKeepsTheDraft() throws Exception {
    Household h = fx.household(1);
    long head = h.personIds().get(0);
    // an open 低保 case of the household: a second one is refused by the case rules
    fx.file(fx.dibao(h, Category.BOTTOM), AssistanceFixtures.caseworker(), ChinaTime.today());
    start(h, "DIBAO");
    mvc.perform(
        post("/portal/assistance/apply/household")
            .param("category", "BOTTOM")
            .with(citizenOf(h))
            .with(csrf()));
    mvc.perform(
        post("/portal/assistance/apply/income")
            .param("income_" + head, "0")
            .param("savings", "0")
            .with(citizenOf(h))
            .with(csrf()));
    mvc.perform(upload(h, "ID_CARD", "身份证.png", PNG));
    long attachmentsBefore =
        jdbc.sql("select count(*) from assistance.attachment").query(Long.class).single();
    mvc.perform(
            post("/portal/assistance/apply/submit")
                .param("consent", "on")
                .with(citizenOf(h))
                .with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("该家庭已有在办或在保的")));
    assertThat(cases(h)).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from assistance.attachment").query(Long.class).single())
        .isEqualTo(attachmentsBefore);
    assertThat(files(h)).isEqualTo(1);
    assertThat(answers(h)).containsEntry("income_" + head, "0");
  }

  @Test
  void aStepCannotBeReachedWithoutStartingAndStartingAgainReplacesTheDraft() throws Exception {
    Household h = fx.household(1);
    mvc.perform(get("/portal/assistance/apply/income").with(citizenOf(h)))
        .andExpect(redirectedUrl("/portal/assistance"));
    mvc.perform(get("/portal/assistance/apply/nowhere").with(citizenOf(h)))
        .andExpect(status().isNotFound());
    start(h, "DIBAO");
    mvc.perform(
        post("/portal/assistance/apply/household")
            .param("category", "BOTTOM")
            .with(citizenOf(h))
            .with(csrf()));
    mvc.perform(get("/portal/assistance").with(citizenOf(h)))
        .andExpect(content().string(containsString("您有一份未提交的低保申请")));
    start(h, "LINSHI");
    assertThat(answers(h)).isEmpty();
  }

  private void start(Household h, String type) throws Exception {
    mvc.perform(
            post("/portal/assistance/apply").param("type", type).with(citizenOf(h)).with(csrf()))
        .andExpect(redirectedUrl("/portal/assistance/apply/household"));
  }

  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder income(
      Household h, String first, String second, String savings) {
    return post("/portal/assistance/apply/income")
        .param("income_" + h.personIds().get(0), first)
        .param("income_" + h.personIds().get(1), second)
        .param("savings", savings);
  }

  private org.springframework.test.web.servlet.RequestBuilder upload(
      Household h, String material, String fileName, byte[] content) {
    return multipart("/portal/assistance/apply/files")
        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
        .param("material", material)
        .with(citizenOf(h))
        .with(csrf());
  }

  private String page(org.springframework.test.web.servlet.RequestBuilder request)
      throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private Map<String, String> answers(Household h) {
    Map<String, String> answers = new java.util.HashMap<>();
    jdbc.sql(
            "select a.name, a.value from assistance.online_draft_answer a"
                + " join assistance.online_draft d on d.id = a.draft_id where d.person_id = ?")
        .param(h.personIds().get(0))
        .query(
            rs -> {
              answers.put(rs.getString(1), rs.getString(2));
            });
    return answers;
  }

  private long files(Household h) {
    return jdbc.sql(
            "select count(*) from assistance.online_draft_file f join assistance.online_draft d"
                + " on d.id = f.draft_id where d.person_id = ?")
        .param(h.personIds().get(0))
        .query(Long.class)
        .single();
  }

  private long cases(Household h) {
    return jdbc.sql("select count(*) from assistance.assistance_case where household_id = ?")
        .param(h.id())
        .query(Long.class)
        .single();
  }

  private BigDecimal income(long caseId, long personId) {
    return jdbc.sql(
            "select monthly_income from assistance.case_member where case_id = ? and person_id = ?")
        .params(caseId, personId)
        .query(BigDecimal.class)
        .single();
  }

  private String name(long personId) {
    return persons.find(personId).orElseThrow().name();
  }
}
