package cn.minzheng.assistance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.assistance.AssistanceFixtures.Household;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseDecisions;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.TownshipReview;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.Masking;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Journey: a caseworker files an application, a second caseworker countersigns the visit and opens
 * the publicity, a citizen sees the public list and lodges an objection, the case is appraised and
 * published again, an approver confirms it after the publicity, and the household appears in the
 * next monthly run and in the drafted roster.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssistanceJourneyBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;
  @Autowired RegistryFixtures registry;
  @Autowired CaseApplications applications;
  @Autowired CaseWorkflow workflow;
  @Autowired TownshipReview review;
  @Autowired CaseDecisions decisions;

  @Override
  protected Browser.NewContextOptions contextOptions() {
    return super.contextOptions().setViewportSize(1366, 900);
  }

  private Page another() {
    BrowserContext other = page.context().browser().newContext(contextOptions());
    other.setDefaultTimeout(15_000);
    return other.newPage();
  }

  @Test
  void anApplicationGoesFromFilingThroughPublicityToTheMonthlyRunAndRoster() {
    var fx = new AssistanceFixtures(registry, applications, workflow, review);
    Household h = fx.household(2);

    StaffSignIn.signIn(page, jdbc, passwords, Role.STREET_CASEWORKER, AssistanceFixtures.STREET);
    page.navigate("/assistance/cases/new");
    page.locator("#lookupIdNumber").fill(h.applicantIdNumber());
    page.getByTestId("household-find").click();
    org.assertj.core.api.Assertions.assertThat(page.url()).doesNotContain(h.applicantIdNumber());
    page.getByTestId("member-income").first().fill("400");
    page.locator("#category").selectOption("SUPPORT");
    page.getByTestId("consent-ref").fill("SQ-浏览器-1");
    page.getByTestId("application-submit").click();
    assertThat(page.getByTestId("case-state")).hasText("已申请");
    String caseUrl = page.url().replaceAll("\\?.*", "");
    long caseId = Long.parseLong(caseUrl.replaceAll(".*/", ""));

    page.getByTestId("action-accept").click();
    assertThat(page.getByTestId("case-state")).hasText("已受理");
    page.getByTestId("verify-income").fill("400");
    page.getByTestId("verify-report").fill("HD-浏览器-1");
    page.getByTestId("action-verify").click();
    assertThat(page.getByTestId("case-state")).hasText("已核对");
    page.getByTestId("visit-findings").fill("两人户，住房简陋，无车辆");
    page.getByTestId("action-visit").click();
    assertThat(page.getByTestId("case-message")).containsText("待第二调查人会签");

    Page second = another();
    StaffSignIn.signIn(second, jdbc, passwords, Role.STREET_CASEWORKER, AssistanceFixtures.STREET);
    second.navigate(caseUrl);
    second.getByTestId("action-countersign").click();
    assertThat(second.getByTestId("case-state")).hasText("已入户调查");
    second.getByTestId("action-review").click();
    assertThat(second.getByTestId("case-state")).hasText("公示中");
    // per-capita 200: (910 - 200) x 2
    assertThat(second.getByTestId("case-amount")).containsText("1420");

    Page citizen = another();
    citizen.navigate("/public/assistance/publicity/" + AssistanceFixtures.COMMUNITY);
    String name =
        jdbc.sql("select applicant_name from assistance.assistance_case where id = ?")
            .param(caseId)
            .query(String.class)
            .single();
    var entry =
        citizen
            .getByTestId("publicity-entry")
            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("1420"));
    assertThat(entry.first().getByTestId("publicity-name")).hasText(Masking.publicName(name));
    assertThat(citizen.locator("body")).not().containsText(h.applicantIdNumber());
    entry.first().locator("summary").click();
    entry.first().getByTestId("objection-content").fill("该户另有经营收入，请核实");
    entry.first().getByTestId("objection-submit").click();
    assertThat(citizen.getByTestId("publicity-message")).containsText("异议已提交");

    second.navigate(caseUrl);
    assertThat(second.getByTestId("case-state")).hasText("异议处理中");
    second.locator("select[name=route]").selectOption("APPRAISAL");
    second.locator("textarea[name=note]").fill("民主评议：收入属实为零星务工，维持原意见");
    second.getByTestId("action-resolve").click();
    assertThat(second.getByTestId("case-state")).hasText("公示中");

    // The seven days of the second publicity have passed.
    jdbc.sql(
            "update assistance.assistance_case set publicity_from = ?, publicity_to = ? where id = ?")
        .params(ChinaTime.today().minusDays(8), ChinaTime.today().minusDays(2), caseId)
        .update();
    Page approver = another();
    StaffSignIn.signInEnrollingTotp(
        approver, jdbc, passwords, Role.DISTRICT_APPROVER, AssistanceFixtures.DISTRICT, "审批员");
    approver.navigate(caseUrl);
    // 县级确认 asks first, saying what will happen (issue 24).
    approver.onceDialog(dialog -> dialog.accept());
    approver.getByTestId("action-confirm").click();
    assertThat(approver.getByTestId("case-state")).hasText("纳入保障");
    YearMonth next = YearMonth.from(ChinaTime.today()).plusMonths(1);
    assertThat(approver.getByTestId("case-start")).hasText(next.toString());

    Page admin = another();
    StaffSignIn.signInEnrollingTotp(
        admin, jdbc, passwords, Role.CITY_ADMIN, AssistanceFixtures.CITY, "审批员");
    admin.navigate("/assistance/runs");
    admin.getByTestId("run-month").fill(next.toString());
    admin.getByTestId("run-submit").click();
    // the run goes on in the background: the page's progress bar ends with the outcome
    assertThat(admin.getByTestId("job-summary"))
        .containsText(
            next + " 核算完成",
            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                .setTimeout(60_000));
    admin.navigate("/payments/rosters");
    admin.locator("#draft-programme").selectOption("DIBAO");
    admin.locator("#draft-month").fill(next.toString());
    admin.getByTestId("roster-draft").click();
    assertThat(admin.getByTestId("flash-message")).containsText(Pattern.compile("已生成"));

    long lines =
        jdbc.sql(
                """
                select count(*) from payments.roster_line l join payments.roster r on r.id = l.roster_id
                 where r.programme = 'DIBAO' and r.month = ? and l.person_id = any(?)
                   and l.amount = 710""")
            .params(next.atDay(1), h.personIds().toArray(Long[]::new))
            .query(Long.class)
            .single();
    assertThat(lines).isEqualTo(2);
  }

  /**
   * The documents a case issues — 不予纳入告知书, 审批表, 终止告知书 — read as official documents (authority,
   * number, date, seal area) and their print button calls the browser's print (stubbed here: a
   * headless browser has no printer); on paper the buttons are gone.
   */
  @Test
  void theNoticesAndTheApprovalFormAreOfficialDocumentsWhosePrintButtonPrints() {
    var fx = new AssistanceFixtures(registry, applications, workflow, review);
    StaffUser caseworker = AssistanceFixtures.caseworker();
    StaffUser approver = AssistanceFixtures.approver();
    LocalDate today = ChinaTime.today();
    long refused = fx.file(fx.dibao(fx.household(1), Category.BOTTOM), caseworker, today);
    AssistanceFixtures.run(
        approver, () -> decisions.refuse(refused, "家庭人均收入高于当地低保标准", approver, today));
    long confirmed =
        fx.inPublicity(
            fx.dibao(fx.household(2), Category.BOTTOM), "300", caseworker, today.minusDays(10));
    long ended =
        fx.inPublicity(
            fx.dibao(fx.household(1), Category.BOTTOM), "100", caseworker, today.minusDays(10));
    AssistanceFixtures.run(approver, () -> decisions.confirm(confirmed, approver, today));
    AssistanceFixtures.run(approver, () -> decisions.confirm(ended, approver, today));
    YearMonth lastPaid = YearMonth.from(today).plusMonths(1);
    AssistanceFixtures.run(
        approver, () -> decisions.end(ended, lastPaid, "已就业，家庭人均收入高于标准", approver));
    context.addInitScript(
        "window.print = () => { window.mzPrinted = (window.mzPrinted || 0) + 1; };");
    StaffSignIn.signIn(page, jdbc, passwords, Role.STREET_CASEWORKER, AssistanceFixtures.STREET);

    page.navigate("/assistance/cases/" + refused + "/notice");
    assertThat(page.getByTestId("notice-authority")).hasText("锦江区民政局");
    assertThat(page.getByTestId("notice-number"))
        .hasText(Pattern.compile("不予纳入告知〔" + today.getYear() + "〕JZ\\d+号"));
    assertThat(page.getByTestId("notice-seal")).isVisible();
    assertPrints("notice-print");

    page.navigate("/assistance/cases/" + confirmed);
    page.getByTestId("case-approval-form").click();
    assertThat(page.getByTestId("form-authority")).hasText("锦江区民政局");
    assertThat(page.getByTestId("form-number"))
        .hasText(Pattern.compile("审批〔" + today.getYear() + "〕JZ\\d+号"));
    assertThat(page.getByTestId("form-decided"))
        .hasText(
            "日期："
                + today.getYear()
                + "年"
                + today.getMonthValue()
                + "月"
                + today.getDayOfMonth()
                + "日");
    assertThat(page.getByTestId("form-seal-street")).isVisible();
    assertThat(page.getByTestId("form-seal-county")).isVisible();
    assertPrints("form-print");

    page.navigate("/assistance/cases/" + ended);
    page.getByTestId("case-end-notice").click();
    assertThat(page.getByTestId("notice-number"))
        .hasText(Pattern.compile("终止保障告知〔" + today.getYear() + "〕JZ\\d+号"));
    assertThat(page.getByTestId("notice-reason")).containsText("已就业，家庭人均收入高于标准");
    YearMonth stop = lastPaid.plusMonths(1);
    assertThat(page.getByTestId("notice-stop"))
        .hasText(stop.getYear() + "年" + stop.getMonthValue() + "月");
    assertPrints("notice-print");

    // on paper: A4, no buttons, the document alone
    page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
    assertThat(page.getByTestId("notice-print")).isHidden();
    assertThat(page.getByTestId("notice-seal")).isVisible();
  }

  /** Clicks the print button and sees the browser's print called once for it. */
  private void assertPrints(String button) {
    page.evaluate("() => { window.mzPrinted = 0; }");
    page.getByTestId(button).click();
    assertThat(((Number) page.evaluate("() => window.mzPrinted")).intValue()).isEqualTo(1);
  }
}
