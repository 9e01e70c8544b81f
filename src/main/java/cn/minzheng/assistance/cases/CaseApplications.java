package cn.minzheng.assistance.cases;

import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.assistance.cases.AssistanceCase.Category;
import cn.minzheng.assistance.cases.NewApplication.Upload;
import cn.minzheng.assistance.standards.AreaResolver;
import cn.minzheng.calendar.WorkingCalendar;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.HouseholdSummary;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.IdCardNo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files an application: the household from the registry, declared incomes, consent, attachments.
 */
@Service
public class CaseApplications {

  private final PersonDirectory persons;
  private final AreaResolver areas;
  private final DataScope scope;
  private final WorkingCalendar workingDays;
  private final Attachments attachments;
  private final CaseHistory history;
  private final JdbcClient jdbc;

  CaseApplications(
      PersonDirectory persons,
      AreaResolver areas,
      DataScope scope,
      WorkingCalendar workingDays,
      Attachments attachments,
      CaseHistory history,
      JdbcClient jdbc) {
    this.persons = persons;
    this.areas = areas;
    this.scope = scope;
    this.workingDays = workingDays;
    this.attachments = attachments;
    this.history = history;
    this.jdbc = jdbc;
  }

  /** The applicant's household as the form shows it, inside the caller's scope. */
  public HouseholdSummary householdOf(String idNumber) {
    PersonSummary applicant = applicant(idNumber);
    HouseholdSummary household =
        persons
            .householdOf(applicant.id())
            .orElseThrow(() -> violation("申请人身份证号：该人员未登记在任何家庭中，请先在户籍管理中登记家庭"));
    if (!scope.permits(household.regionCode())) {
      // the same answer as for an unknown person: nobody learns who lives outside their scope
      throw violation("申请人身份证号：户籍信息中没有该人员");
    }
    return household;
  }

  @Transactional
  public long file(NewApplication a, StaffUser by, LocalDate today) {
    HouseholdSummary household = householdOf(a.applicantIdNumber());
    PersonSummary applicant = applicant(a.applicantIdNumber());
    long id = fileFor(a, household, applicant, new Filer(by.id(), by.username(), "STREET"), today);
    for (Upload u : a.attachments()) {
      attachments.store(id, u, by.username());
    }
    history.record(id, by, null, "file", null, CaseState.APPLIED, a.type().label() + "申请");
    return id;
  }

  /**
   * 网上申请: a citizen applies for their own household; the consent is the electronic signature given
   * on the form. No data scope: the household is the citizen's own. The applicant's own words (the
   * support obligors of 特困, the emergency of 临时救助) go into the case's history where the street
   * reads them.
   */
  @Transactional
  public long fileByCitizen(
      long personId,
      long accountId,
      NewApplication a,
      LocalDate today,
      @org.jspecify.annotations.Nullable String statement) {
    PersonSummary applicant = persons.find(personId).orElseThrow(() -> violation("申请人：未找到本人的户籍信息"));
    HouseholdSummary household =
        persons.householdOf(personId).orElseThrow(() -> violation("申请人：本人未登记在任何家庭中，请到街道（乡镇）窗口申请"));
    long id =
        fileFor(a, household, applicant, new Filer(null, "citizen:" + accountId, "PORTAL"), today);
    history.record(
        id,
        null,
        "申请人（网上申请）",
        "file",
        null,
        CaseState.APPLIED,
        a.type().label()
            + "网上申请"
            + (statement == null || statement.isBlank() ? "" : "：" + statement));
    return id;
  }

  /** The cases of the citizen's own household, newest first. */
  public List<AssistanceCase> casesOfCitizen(long personId) {
    return persons
        .householdOf(personId)
        .map(
            h ->
                jdbc.sql(
                        "select * from assistance.assistance_case where household_id = ?"
                            + " order by id desc")
                    .param(h.id())
                    .query(CaseStore::map)
                    .list())
        .orElse(List.of());
  }

  private long fileFor(
      NewApplication a,
      HouseholdSummary household,
      PersonSummary applicant,
      Filer filer,
      LocalDate today) {
    List<String> errors = new ArrayList<>();
    if (a.type() == null) {
      errors.add("救助项目：请选择");
    }
    if (a.consentRef() == null || a.consentRef().isBlank() || a.consentSignedOn() == null) {
      errors.add("核对授权书：请填写签署的家庭经济状况核对授权书编号及签署日期");
    }
    if (a.type() == AssistanceType.DIBAO && a.category() == null) {
      errors.add("保障类别：请选择兜底型、扶持型、保护型或单人户纳入");
    }
    if (a.category() == Category.SINGLE
        && (a.includedPersonIds() == null || a.includedPersonIds().isEmpty())) {
      errors.add("单人户纳入：请选择纳入保障的成员");
    }
    if (a.type() == AssistanceType.TEKUN && a.careLevel() == null) {
      errors.add("生活自理能力：请选择全自理、半失能或全失能");
    }
    if (a.type() == AssistanceType.LINSHI
        && (a.linshiKind() == null || a.oneOffAmount() == null || a.oneOffAmount().signum() <= 0)) {
      errors.add("临时救助：请选择救助类型并填写大于0的救助金额");
    }
    a.attachments().forEach(u -> Attachments.problem(u).ifPresent(errors::add));
    if (a.type() != null && activeCaseExists(household.id(), a)) {
      errors.add("救助项目：该家庭已有在办或在保的" + a.type().label() + "案件");
    }
    if (!errors.isEmpty()) {
      throw violation(String.join("；", errors));
    }
    long id = insertCase(a, applicant, household, household.regionCode(), filer, today);
    for (HouseholdSummary.Member m : household.members()) {
      insertMember(id, m, a);
    }
    return id;
  }

  private record Filer(Long id, String name, String channel) {}

  private long insertCase(
      NewApplication a,
      PersonSummary applicant,
      HouseholdSummary household,
      String region,
      Filer by,
      LocalDate today) {
    String area = areas.areaOf(region).orElseThrow(() -> violation("家庭所在区划无法确定所属区县"));
    String street = areas.streetOf(region).orElse(area);
    long seq = jdbc.sql("select nextval('assistance.case_no_seq')").query(Long.class).single();
    String caseNo = "JZ%d%06d".formatted(today.getYear(), seq);
    return jdbc.sql(
            """
            insert into assistance.assistance_case
              (case_no, type, category, household_id, applicant_person_id, applicant_name,
               region_code, street_code, area_code, state, applied_on, deadline, consent_ref,
               consent_signed_on, care_level, no_able_supporter, linshi_kind, one_off_amount,
               filed_by_id, created_by, review_cycle_months, channel)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'APPLIED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            returning id""")
        .params(
            caseNo,
            a.type().name(),
            a.category() == null ? null : a.category().name(),
            household.id(),
            applicant.id(),
            applicant.name(),
            region,
            street,
            area,
            today,
            workingDays.plusWorkingDays(today, 30),
            a.consentRef().strip(),
            a.consentSignedOn(),
            a.careLevel() == null ? null : a.careLevel().name(),
            a.noAbleSupporter(),
            a.linshiKind() == null ? null : a.linshiKind().name(),
            a.oneOffAmount(),
            by.id(),
            by.name(),
            a.category() == Category.SUPPORT ? 6 : 12,
            by.channel())
        .query(Long.class)
        .single();
  }

  private void insertMember(long caseId, HouseholdSummary.Member m, NewApplication a) {
    PersonSummary p = persons.find(m.personId()).orElseThrow();
    BigDecimal income = a.memberIncomes().getOrDefault(m.personId(), BigDecimal.ZERO);
    boolean included =
        a.category() != Category.SINGLE || a.includedPersonIds().contains(m.personId());
    jdbc.sql(
            """
            insert into assistance.case_member (case_id, person_id, name, relationship, birth_date,
                                                monthly_income, assets, included, died_on)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            caseId,
            m.personId(),
            m.name(),
            m.relationship().label(),
            p.birthDate(),
            income,
            a.memberAssets().get(m.personId()),
            included && p.alive(),
            p.dateOfDeath())
        .update();
  }

  private boolean activeCaseExists(long householdId, NewApplication a) {
    // 临时救助 is one-off and may come again; the monthly programmes hold one case per household
    return a.type() != cn.minzheng.assistance.AssistanceType.LINSHI
        && jdbc.sql(
                """
                select exists (select 1 from assistance.assistance_case
                                where household_id = ? and type = ?
                                  and state not in ('REFUSED', 'ENDED'))""")
            .params(householdId, a.type().name())
            .query(Boolean.class)
            .single();
  }

  private PersonSummary applicant(String idNumber) {
    if (idNumber == null || !IdCardNo.isValid(idNumber.strip())) {
      throw violation("申请人身份证号：请填写有效的18位身份证号");
    }
    return persons
        .findByIdNumber(IdCardNo.parse(idNumber.strip()))
        .orElseThrow(() -> violation("申请人身份证号：户籍信息中没有该人员"));
  }

  private static CaseRuleViolation violation(String message) {
    return new CaseRuleViolation("invalid-application", message);
  }
}
