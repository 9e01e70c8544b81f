package cn.minzheng.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.FigureValues;
import cn.minzheng.cockpit.Period;
import cn.minzheng.cockpit.RegionValue;
import cn.minzheng.organisations.credit.CreditLists;
import cn.minzheng.organisations.credit.ListTrigger;
import cn.minzheng.organisations.projects.Evaluation;
import cn.minzheng.organisations.projects.GrantPayees;
import cn.minzheng.organisations.projects.GrantPayments;
import cn.minzheng.organisations.projects.ProjectApplication;
import cn.minzheng.organisations.projects.ProjectApplication.Proposal;
import cn.minzheng.organisations.projects.ProjectCall.Opening;
import cn.minzheng.organisations.projects.ProjectCategory;
import cn.minzheng.organisations.projects.SpecialFundProjects;
import cn.minzheng.organisations.register.Notices;
import cn.minzheng.organisations.register.Organisation;
import cn.minzheng.organisations.register.OrganisationKind;
import cn.minzheng.organisations.register.OrganisationQueries;
import cn.minzheng.organisations.register.Organisations;
import cn.minzheng.organisations.register.RegistrationLevel;
import cn.minzheng.organisations.reports.AnnualReport.Filing;
import cn.minzheng.organisations.reports.AnnualReports;
import cn.minzheng.payments.PayeeAccounts;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 社会组织专项资金项目 (domain-rules §9.4) with the rules' own numbers: the call's window (first and last day
 * in, the day after out), eligibility (a listed organisation and one without the report due on 31
 * May refused, the day before accepted), one score per reviewer (also in the database), approval
 * needing the call's reviewers and pass score, the budget used to the last fen and not one fen
 * more, the grant paid once (one entitlement, unique in the database), the evaluations in order.
 */
@SpringBootTest
class SpecialFundProjectsTest {

  static final String REGION = RegistryTestData.COMMUNITY;

  @Autowired SpecialFundProjects projects;
  @Autowired GrantPayments grants;
  @Autowired OrganisationTestData data;
  @Autowired OrganisationQueries queries;
  @Autowired AnnualReports reports;
  @Autowired CreditLists lists;
  @Autowired Notices notices;
  @Autowired JdbcClient jdbc;
  @Autowired GrantPayees payees;
  @Autowired PayeeAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired List<Figure> figures;

  private long call(String title, String budget, LocalDate opens, LocalDate closes) {
    return projects.openCall(
        new Opening(
            opens.getYear(),
            title,
            new BigDecimal(budget),
            List.of(ProjectCategory.ELDERLY, ProjectCategory.COMMUNITY),
            opens,
            closes,
            "项目设计30分、执行能力30分、预算合理性20分、社会效益20分",
            3,
            new BigDecimal("60")),
        "city");
  }

  /**
   * A social group registered in 2020 that filed its reports of 2024 and 2025 and gave its bank
   * account.
   */
  private Organisation eligible(String name) {
    Organisation o = withoutAccount(name);
    payees.registerAccount(o, "中国工商银行成都分行", "4402 0000 1111 2222 333");
    return o;
  }

  private Organisation withoutAccount(String name) {
    long id = data.socialGroup(name, REGION, LocalDate.of(2020, 4, 1));
    reports.file(id, filing(2024), LocalDate.of(2025, 5, 1), "o");
    reports.file(id, filing(2025), LocalDate.of(2026, 5, 1), "o");
    return queries.find(id).orElseThrow();
  }

  private long payeeOf(Organisation o) {
    return accounts.organisation(o.creditCode(), o.name());
  }

  private static Filing filing(int year) {
    return new Filing(
        year,
        null,
        new BigDecimal("100000"),
        new BigDecimal("90000"),
        new BigDecimal("10000"),
        2,
        "开展活动",
        null);
  }

  private static Proposal proposal(String title, String amount) {
    return new Proposal(title, ProjectCategory.ELDERLY, new BigDecimal(amount), "为辖区老人提供助餐服务");
  }

  private void scores(long application, String... values) {
    for (int i = 0; i < values.length; i++) {
      projects.score(
          application, "reviewer" + i, new BigDecimal(values[i]), null, LocalDate.of(2026, 7, 1));
    }
  }

  @Test
  void theCallAcceptsApplicationsFromItsFirstToItsLastDayOnly() {
    long call = call("窗口批次", "500000", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
    Organisation a = eligible("窗口测试甲协会");
    Organisation b = eligible("窗口测试乙协会");
    Organisation c = eligible("窗口测试丙协会");

    assertThatThrownBy(
            () -> projects.apply(call, a, proposal("早", "1000"), LocalDate.of(2026, 5, 31), "o"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("2026-06-01至2026-06-30");
    projects.apply(call, a, proposal("首日", "1000"), LocalDate.of(2026, 6, 1), "o");
    projects.apply(call, b, proposal("末日", "1000"), LocalDate.of(2026, 6, 30), "o");
    assertThatThrownBy(
            () -> projects.apply(call, c, proposal("晚", "1000"), LocalDate.of(2026, 7, 1), "o"))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(
            () -> projects.apply(call, a, proposal("再报", "1000"), LocalDate.of(2026, 6, 2), "o"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("已申报本批次");
    assertThatThrownBy(
            () ->
                projects.apply(
                    call,
                    c,
                    new Proposal("领域不符", ProjectCategory.CHILDREN, new BigDecimal("1000"), "x"),
                    LocalDate.of(2026, 6, 2),
                    "o"))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("category"));
    assertThatThrownBy(
            () ->
                projects.apply(
                    call, c, proposal("超预算", "500000.01"), LocalDate.of(2026, 6, 2), "o"))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("requested"));
  }

  @Test
  void aListedOrganisationIsRefusedAndTheReportDueOn31MayIsRequiredFrom1June() {
    long call = call("资格批次", "500000", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 30));
    Organisation listed = eligible("资格测试失信协会");
    lists.list(listed.id(), ListTrigger.UNREACHABLE, "住所核查", LocalDate.of(2026, 5, 10), "u");
    assertThatThrownBy(
            () ->
                projects.apply(call, listed, proposal("p", "1000"), LocalDate.of(2026, 5, 20), "o"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("已列入活动异常名录");

    // registered in 2025: its first report (2025) is due on 31 May 2026
    long fresh = data.socialGroup("资格测试新成立协会", REGION, LocalDate.of(2025, 3, 1));
    Organisation o = queries.find(fresh).orElseThrow();
    assertThatThrownBy(
            () -> projects.apply(call, o, proposal("p", "1000"), LocalDate.of(2026, 6, 1), "o"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("未报送2025年度报告");
    long id = projects.apply(call, o, proposal("p", "1000"), LocalDate.of(2026, 5, 31), "o");
    assertThat(projects.find(id).orElseThrow().status()).isEqualTo("SUBMITTED");

    // registered in 2020 without any report: on 31 May 2026 the 2024 report is the one due
    long old = data.socialGroup("资格测试老协会", REGION, LocalDate.of(2020, 3, 1));
    assertThatThrownBy(
            () ->
                projects.apply(
                    call,
                    queries.find(old).orElseThrow(),
                    proposal("p", "1000"),
                    LocalDate.of(2026, 5, 31),
                    "o"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("未报送2024年度报告");
  }

  @Test
  void aReviewerScoresOnceAndTheAverageRanksTheApplications() {
    long call = call("评分批次", "500000", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
    long low =
        projects.apply(
            call, eligible("评分测试甲协会"), proposal("甲", "1000"), LocalDate.of(2026, 6, 2), "o");
    long high =
        projects.apply(
            call, eligible("评分测试乙协会"), proposal("乙", "1000"), LocalDate.of(2026, 6, 2), "o");
    long none =
        projects.apply(
            call, eligible("评分测试丙协会"), proposal("丙", "1000"), LocalDate.of(2026, 6, 2), "o");
    scores(low, "70", "80", "81");
    scores(high, "90", "85.5");

    assertThatThrownBy(
            () ->
                projects.score(
                    low, "reviewer0", new BigDecimal("99"), null, LocalDate.of(2026, 7, 2)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("只评一次");
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "insert into organisations.project_score (application_id, reviewer, score, scored_on)"
                            + " values (?, 'reviewer0', 50, current_date)")
                    .param(low)
                    .update())
        .isInstanceOf(DuplicateKeyException.class);
    assertThatThrownBy(
            () ->
                projects.score(
                    low, "reviewer9", new BigDecimal("100.01"), null, LocalDate.of(2026, 7, 2)))
        .isInstanceOf(InvalidInput.class);

    ProjectApplication l = projects.find(low).orElseThrow();
    ProjectApplication h = projects.find(high).orElseThrow();
    // (70 + 80 + 81) / 3 = 77.00; (90 + 85.5) / 2 = 87.75
    assertThat(l.averageScore()).isEqualByComparingTo("77.00");
    assertThat(l.reviewers()).isEqualTo(3);
    assertThat(h.averageScore()).isEqualByComparingTo("87.75");
    assertThat(h.rank()).isEqualTo(1);
    assertThat(l.rank()).isEqualTo(2);
    assertThat(projects.find(none).orElseThrow().rank()).isEqualTo(3);
    assertThat(
            projects
                .page(
                    RegionFilter.all(), call, null, null, null, new PageQuery(1, 20, "rank", true))
                .items())
        .extracting(ProjectApplication::id)
        .containsExactly(high, low, none);
  }

  @Test
  void approvalNeedsTheCallsReviewersAndPassScoreAndStaysWithinTheBudgetToTheFen() {
    long call = call("预算批次", "100000", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
    LocalDate day = LocalDate.of(2026, 8, 3);
    long a =
        projects.apply(
            call, eligible("预算测试甲协会"), proposal("甲", "60000"), LocalDate.of(2026, 6, 2), "o");
    long b =
        projects.apply(
            call, eligible("预算测试乙协会"), proposal("乙", "50000"), LocalDate.of(2026, 6, 2), "o");
    long c =
        projects.apply(
            call, eligible("预算测试丙协会"), proposal("丙", "30000"), LocalDate.of(2026, 6, 2), "o");
    long d =
        projects.apply(
            call, eligible("预算测试丁协会"), proposal("丁", "30000"), LocalDate.of(2026, 6, 2), "o");
    scores(a, "80", "80");
    assertThatThrownBy(() -> projects.approve(a, new BigDecimal("60000"), null, day, "city"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("需3位评审专家评分，目前2位");
    projects.score(a, "reviewer2", new BigDecimal("80"), null, day);
    scores(b, "70", "70", "70");
    scores(c, "60", "60", "59.97"); // 59.99 on average: below 60
    scores(d, "60", "60", "60");
    assertThatThrownBy(() -> projects.approve(c, new BigDecimal("30000"), null, day, "city"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("平均分59.99低于本批次立项最低分60");
    assertThatThrownBy(() -> projects.approve(a, new BigDecimal("60000.01"), null, day, "city"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("不能超过申请金额");

    projects.approve(a, new BigDecimal("60000"), null, day, "city");
    // 100,000 − 60,000 = 40,000 left: 40,000.01 is refused, 40,000.00 exhausts the budget
    assertThatThrownBy(() -> projects.approve(b, new BigDecimal("40000.01"), null, day, "city"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("超出本批次剩余预算40000.00元");
    projects.approve(b, new BigDecimal("40000.00"), null, day, "city");
    assertThatThrownBy(() -> projects.approve(d, new BigDecimal("0.01"), null, day, "city"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("剩余预算0.00元");
    assertThat(projects.call(call).orElseThrow().remaining()).isEqualByComparingTo("0");
    assertThat(projects.find(d).orElseThrow().status()).isEqualTo("SUBMITTED");
    projects.reject(d, "预算已用完", day, "city");
    assertThat(projects.find(d).orElseThrow().statusLabel()).isEqualTo("未立项");
  }

  @Test
  void theGrantIsPaidOnceThroughPaymentsAndTheOrganisationIsTold() {
    long call = call("拨付批次", "200000", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
    Organisation o = eligible("拨付测试协会");
    long id = projects.apply(call, o, proposal("助餐", "80000"), LocalDate.of(2026, 6, 2), "o");
    scores(id, "88", "90", "92");
    String grant =
        projects.approve(
            id, new BigDecimal("75000.50"), "核减部分设备费", LocalDate.of(2026, 9, 15), "city");

    assertThat(grant).matches("成民专资2026-\\d{5}");
    // paid to the organisation's own account, not to its legal representative
    assertThat(entitlements(o.legalRepresentativeId())).isEmpty();
    assertThat(accounts.activeAccount(payeeOf(o)).orElseThrow().holderName()).isEqualTo(o.name());
    assertThat(entitlements(payeeOf(o)))
        .singleElement()
        .satisfies(
            e -> {
              assertThat((BigDecimal) e.get("amount")).isEqualByComparingTo("75000.50");
              assertThat(e.get("month").toString()).isEqualTo("2026-09-01");
              assertThat(e.get("case_ref")).isEqualTo(grant);
            });
    assertThatThrownBy(
            () ->
                projects.approve(id, new BigDecimal("1"), null, LocalDate.of(2026, 9, 16), "city"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("已立项");
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        """
                        insert into organisations.project_grant (application_id, grant_number, amount,
                               payee_id, region_code, pay_month)
                        values (?, 'X-1', 1, -1, ?, date '2026-10-01')""")
                    .params(id, REGION)
                    .update())
        .isInstanceOf(DuplicateKeyException.class);
    grants.submit(YearMonth.of(2026, 9));
    assertThat(entitlements(payeeOf(o))).hasSize(1);
    assertThat(notices.of(o.id()))
        .anySatisfy(n -> assertThat(n.text()).contains(grant, "75000.50"));
  }

  @Test
  void
      aRegisteredOrganisationWithoutAnAccountIsNotApprovedAndTwoWithOneRepresentativeAreTwoPayees() {
    long call = call("收款单位批次", "200000", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
    Organisation first = withoutAccount("收款测试协会甲");
    long a = projects.apply(call, first, proposal("甲项目", "20000"), LocalDate.of(2026, 6, 2), "o");
    scores(a, "80", "80", "80");
    assertThatThrownBy(
            () -> projects.approve(a, new BigDecimal("20000"), null, LocalDate.of(2026, 8, 3), "c"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("收款测试协会甲尚未登记单位收款账户");
    assertThat(projects.find(a).orElseThrow().status()).isEqualTo("SUBMITTED");
    assertThatThrownBy(() -> payees.registerAccount(first, "工行", "12345678901"))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("accountNumber"));
    assertThatThrownBy(() -> payees.registerAccount(first, " ", "123456789012"))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("bankName"));
    payees.registerAccount(first, "工行", "123456789012");
    projects.approve(a, new BigDecimal("20000"), null, LocalDate.of(2026, 8, 3), "c");

    // a second organisation led by the same person: its own payee, its own line
    Organisation second = eligible("收款测试协会乙");
    jdbc.sql("update organisations.organisation set legal_representative_id = ? where id = ?")
        .params(first.legalRepresentativeId(), second.id())
        .update();
    long b = projects.apply(call, second, proposal("乙项目", "15000"), LocalDate.of(2026, 6, 2), "o");
    scores(b, "80", "80", "80");
    projects.approve(b, new BigDecimal("15000"), null, LocalDate.of(2026, 8, 3), "c");
    assertThat(payeeOf(first)).isNotEqualTo(payeeOf(second)).isNegative();
    assertThat(entitlements(payeeOf(first)))
        .singleElement()
        .satisfies(e -> assertThat((BigDecimal) e.get("amount")).isEqualByComparingTo("20000"));
    assertThat(entitlements(payeeOf(second)))
        .singleElement()
        .satisfies(e -> assertThat((BigDecimal) e.get("amount")).isEqualByComparingTo("15000"));
    assertThat(entitlements(first.legalRepresentativeId())).isEmpty();
  }

  @Test
  void aFiledCommunityOrganisationIsPaidThroughItsResponsiblePerson() {
    long call = call("备案组织批次", "200000", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
    long id =
        organisations.register(
            OrganisationKind.COMMUNITY_FILED,
            null,
            data.facts("备案收款文体队", REGION),
            RegistrationLevel.STREET,
            LocalDate.of(2022, 3, 1),
            "t");
    Organisation filed = queries.find(id).orElseThrow();
    assertThatThrownBy(() -> payees.registerAccount(filed, "工行", "123456789012"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("无统一社会信用代码");
    long a = projects.apply(call, filed, proposal("文体活动", "5000"), LocalDate.of(2026, 6, 2), "o");
    scores(a, "70", "70", "70");
    projects.approve(a, new BigDecimal("5000"), null, LocalDate.of(2026, 11, 2), "c");
    assertThat(entitlements(filed.legalRepresentativeId()))
        .singleElement()
        .satisfies(e -> assertThat((BigDecimal) e.get("amount")).isEqualByComparingTo("5000"));
  }

  @Test
  void theFinalEvaluationFollowsTheMidTermOneOfAnApprovedProject() {
    long call = call("评估批次", "200000", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
    long id =
        projects.apply(
            call, eligible("评估测试协会"), proposal("评估", "10000"), LocalDate.of(2026, 6, 2), "o");
    assertThatThrownBy(
            () ->
                projects.evaluate(
                    id,
                    Evaluation.Stage.MID_TERM,
                    Evaluation.Result.GOOD,
                    "好",
                    LocalDate.of(2026, 10, 1),
                    "d"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("只评估已立项的项目");
    scores(id, "80", "80", "80");
    projects.approve(id, new BigDecimal("10000"), null, LocalDate.of(2026, 7, 10), "city");
    assertThatThrownBy(
            () ->
                projects.evaluate(
                    id,
                    Evaluation.Stage.FINAL,
                    Evaluation.Result.GOOD,
                    "好",
                    LocalDate.of(2026, 12, 1),
                    "d"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("须先完成中期评估");
    assertThatThrownBy(
            () ->
                projects.evaluate(
                    id,
                    Evaluation.Stage.MID_TERM,
                    Evaluation.Result.GOOD,
                    "好",
                    LocalDate.of(2026, 7, 9),
                    "d"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("不能早于立项日期");
    projects.evaluate(
        id,
        Evaluation.Stage.MID_TERM,
        Evaluation.Result.GOOD,
        "按计划推进",
        LocalDate.of(2026, 10, 1),
        "d");
    assertThatThrownBy(
            () ->
                projects.evaluate(
                    id,
                    Evaluation.Stage.MID_TERM,
                    Evaluation.Result.PASS,
                    "再评",
                    LocalDate.of(2026, 10, 2),
                    "d"))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("中期评估已完成");
    projects.evaluate(
        id,
        Evaluation.Stage.FINAL,
        Evaluation.Result.EXCELLENT,
        "成效显著",
        LocalDate.of(2027, 1, 5),
        "d");
    assertThat(projects.evaluations(id))
        .extracting(Evaluation::stageLabel, Evaluation::resultLabel)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("中期评估", "良好"),
            org.assertj.core.groups.Tuple.tuple("结项评估", "优秀"));
  }

  @Test
  void theCockpitCountsTheProjectsApprovedInThePeriodAndTheirGrants() {
    long call = call("驾驶舱批次", "500000", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
    long feb =
        projects.apply(
            call, eligible("驾驶舱测试甲协会"), proposal("甲", "30000"), LocalDate.of(2026, 6, 2), "o");
    long lastDay =
        projects.apply(
            call, eligible("驾驶舱测试乙协会"), proposal("乙", "20000"), LocalDate.of(2026, 6, 2), "o");
    long march =
        projects.apply(
            call, eligible("驾驶舱测试丙协会"), proposal("丙", "10000"), LocalDate.of(2026, 6, 2), "o");
    for (long id : new long[] {feb, lastDay, march}) {
      scores(id, "70", "70", "70");
    }
    projects.approve(feb, new BigDecimal("30000"), null, LocalDate.of(2027, 2, 1), "city");
    projects.approve(lastDay, new BigDecimal("19999.99"), null, LocalDate.of(2027, 2, 28), "city");
    projects.approve(march, new BigDecimal("10000"), null, LocalDate.of(2027, 3, 1), "city");

    Period february = new Period(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28));
    RegionFilter scope = RegionFilter.of(Set.of(REGION));
    assertThat(total(figure("special-fund-projects").values(february, scope)))
        .isEqualByComparingTo("2");
    // 30,000.00 + 19,999.99
    assertThat(total(figure("special-fund-grants").values(february, scope)))
        .isEqualByComparingTo("49999.99");
    assertThat(
            total(
                figure("special-fund-projects")
                    .values(february, RegionFilter.of(Set.of("510105001001")))))
        .isEqualByComparingTo("0");
  }

  private Figure figure(String code) {
    return figures.stream().filter(f -> f.spec().code().equals(code)).findFirst().orElseThrow();
  }

  private static BigDecimal total(FigureValues v) {
    return v.values().stream().map(RegionValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private List<Map<String, Object>> entitlements(Long person) {
    return jdbc.sql(
            "select amount, month, case_ref from payments.entitlement_fact"
                + " where programme = 'SPECIAL_FUND' and person_id = ?")
        .param(person)
        .query()
        .listOfRows();
  }
}
