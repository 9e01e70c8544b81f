package cn.minzheng.children.allowance;

import cn.minzheng.payments.PayeeAccounts;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.InvalidInput.FieldMessage;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.portal.CitizenMessage;
import cn.minzheng.portal.CitizenMessages;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.InvalidIdCardNoException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Children's allowance cases: filed (community, street, portal, a confirmed candidate), proposed by
 * the street, approved or refused by the county. Payment starts the month after approval; a
 * care-type change takes effect the month after it is recorded; full-time study continues the
 * allowance past 18. Every change is a row of the case's history. Callers check role and data scope
 * first.
 */
@Service
public class AllowanceCases {

  private final JdbcClient jdbc;
  private final PersonDirectory persons;
  private final PayeeAccounts accounts;
  private final CitizenMessages messages;
  private final TekunCoverage tekun;
  private final DataScope scope;

  AllowanceCases(
      JdbcClient jdbc,
      PersonDirectory persons,
      PayeeAccounts accounts,
      CitizenMessages messages,
      TekunCoverage tekun,
      DataScope scope) {
    this.scope = scope;
    this.jdbc = jdbc;
    this.persons = persons;
    this.accounts = accounts;
    this.messages = messages;
    this.tekun = tekun;
  }

  private String categoryKind(String category) {
    return jdbc.sql("select kind from children.category where code = ?")
        .param(category)
        .query(String.class)
        .single();
  }

  /** One case as pages and API show it. */
  public record AllowanceCase(
      long id,
      long childPersonId,
      String childName,
      java.time.LocalDate childBirthDate,
      String category,
      String categoryLabel,
      CareType careType,
      CaseState state,
      String source,
      String regionCode,
      @Nullable Long guardianPersonId,
      String guardianName,
      String guardianRelation,
      @Nullable String guardianPhone,
      String reason,
      String filedBy,
      java.time.OffsetDateTime filedAt,
      @Nullable String proposedBy,
      @Nullable String streetOpinion,
      @Nullable String decidedBy,
      @Nullable LocalDate decidedOn,
      @Nullable String decisionNote,
      @Nullable LocalDate firstMonth,
      @Nullable LocalDate stoppedFrom,
      @Nullable String endReason,
      @Nullable LocalDate studyUntil,
      boolean reviewDue) {

    public String careTypeLabel() {
      return careType.label();
    }

    public String stateLabel() {
      return state.label();
    }
  }

  public record HistoryEntry(
      java.time.OffsetDateTime at, String actor, String action, String note) {}

  private static final String SELECT =
      """
      select c.id, c.child_person_id, p.name as child_name, p.birth_date as child_birth_date,
             c.category, k.label as category_label, c.care_type, c.state, c.source, c.region_code,
             c.guardian_person_id, c.guardian_name, c.guardian_relation, c.guardian_phone, c.reason,
             c.filed_by, c.filed_at, c.proposed_by, c.street_opinion, c.decided_by, c.decided_on,
             c.decision_note, c.first_month, c.stopped_from, c.end_reason, c.study_until, c.review_due
        from children.allowance_case c
        join children.category k on k.code = c.category
        join registry.person_fact p on p.id = c.child_person_id
      """;

  public AllowanceCase get(long id) {
    return jdbc.sql(SELECT + " where c.id = ?")
        .param(id)
        .query(AllowanceCase.class)
        .optional()
        .orElseThrow(() -> new RecordNotFoundException("儿童福利个案"));
  }

  public List<SituationRecord> situations(long caseId) {
    return jdbc.sql(
            "select parent, situation, since, ended_on, evidence from children.parent_situation"
                + " where case_id = ? order by parent desc")
        .param(caseId)
        .query(SituationRecord.class)
        .list();
  }

  public List<HistoryEntry> history(long caseId) {
    return jdbc.sql(
            "select at, actor, action, note from children.case_event where case_id = ? order by id")
        .param(caseId)
        .query(HistoryEntry.class)
        .list();
  }

  /** The cases of a guardian (portal): those where the citizen is the recorded guardian. */
  public List<AllowanceCase> ofGuardian(long guardianPersonId) {
    return jdbc.sql(SELECT + " where c.guardian_person_id = ? order by c.id desc")
        .param(guardianPersonId)
        .query(AllowanceCase.class)
        .list();
  }

  /** The page of cases inside {@code regionCodes} (null: unrestricted), filtered by state. */
  public List<AllowanceCase> list(
      String @Nullable [] regionCodes, @Nullable CaseState state, int limit, long offset) {
    return jdbc.sql(
            SELECT
                + """
                 where (cast(? as text[]) is null or c.region_code = any(cast(? as text[])))
                   and (cast(? as text) is null or c.state = ?)
                 order by c.id desc limit ? offset ?""")
        .params(
            regionCodes,
            regionCodes,
            state == null ? null : state.name(),
            state == null ? null : state.name(),
            limit,
            offset)
        .query(AllowanceCase.class)
        .list();
  }

  public long count(String @Nullable [] regionCodes, @Nullable CaseState state) {
    return jdbc.sql(
            """
            select count(*) from children.allowance_case c
             where (cast(? as text[]) is null or c.region_code = any(cast(? as text[])))
               and (cast(? as text) is null or c.state = ?)""")
        .params(
            regionCodes,
            regionCodes,
            state == null ? null : state.name(),
            state == null ? null : state.name())
        .query(Long.class)
        .single();
  }

  /** The child the ID number names, or a field error naming {@code field}. */
  public PersonSummary child(String idNumber, String field) {
    IdCardNo parsed;
    try {
      parsed = IdCardNo.parse(idNumber == null ? "" : idNumber.strip());
    } catch (InvalidIdCardNoException e) {
      throw new InvalidInput(field, "身份证号码无效");
    }
    return persons
        .findByIdNumber(parsed)
        .orElseThrow(() -> new InvalidInput(field, "人口库中没有此身份证号码的人员，请先登记"));
  }

  /**
   * Files an application (state APPLIED). The child must be registered, alive and under 18 on
   * {@code on}; the category must follow from the parents' situation; consent is required.
   *
   * @param source STAFF, PORTAL or CANDIDATE
   */
  @Transactional
  public long file(NewAllowanceCase form, String source, String filedBy, LocalDate on) {
    return file(form, source, filedBy, on, null);
  }

  /**
   * As {@link #file(NewAllowanceCase, String, String, LocalDate)}; {@code guardianPersonId} is the
   * signed-in guardian of a portal application (then the form names no guardian ID number).
   */
  @Transactional
  public long file(
      NewAllowanceCase form,
      String source,
      String filedBy,
      LocalDate on,
      @Nullable Long guardianPersonId) {
    List<FieldMessage> errors = new ArrayList<>();
    PersonSummary child = null;
    try {
      child = child(form.childIdNumber(), "childIdNumber");
    } catch (InvalidInput e) {
      errors.add(new FieldMessage("childIdNumber", e.getMessage()));
    }
    if (child != null) {
      if (!child.alive()) {
        errors.add(new FieldMessage("childIdNumber", "该儿童已登记死亡"));
      } else if (!child.birthDate().plusYears(18).isAfter(on)) {
        errors.add(new FieldMessage("childIdNumber", "该人员已年满18周岁"));
      }
    }
    Integer known =
        jdbc.sql("select count(*) from children.category where code = ? and active")
            .param(form.category())
            .query(Integer.class)
            .single();
    if (known == 0) {
      errors.add(new FieldMessage("category", "请选择儿童类别"));
    } else {
      DeFactoRule.refusal(form.category(), form.situations(), on)
          .ifPresent(m -> errors.add(new FieldMessage("situations", m)));
    }
    if (form.guardianName() == null || form.guardianName().isBlank()) {
      errors.add(new FieldMessage("guardianName", "请填写监护人姓名（补贴发放给监护人，不发给儿童本人）"));
    }
    if (form.guardianRelation() == null || form.guardianRelation().isBlank()) {
      errors.add(new FieldMessage("guardianRelation", "请填写监护人与儿童的关系"));
    }
    Long guardianId = guardianPersonId;
    if (child != null && guardianPersonId != null && guardianPersonId == child.id()) {
      errors.add(new FieldMessage("childIdNumber", "监护人不能为自己申请"));
    }
    if (form.guardianIdNumber() != null && !form.guardianIdNumber().isBlank()) {
      try {
        PersonSummary guardian = child(form.guardianIdNumber(), "guardianIdNumber");
        if (child != null && guardian.id() == child.id()) {
          errors.add(new FieldMessage("guardianIdNumber", "监护人不能是儿童本人"));
        }
        guardianId = guardian.id();
      } catch (InvalidInput e) {
        errors.add(new FieldMessage("guardianIdNumber", e.getMessage()));
      }
    }
    if (!form.consent()) {
      errors.add(new FieldMessage("consent", "须监护人同意核对和使用儿童及家庭信息"));
    }
    boolean hasAccount = form.accountNumber() != null && !form.accountNumber().isBlank();
    if (hasAccount && (form.bankName() == null || form.bankName().isBlank())) {
      errors.add(new FieldMessage("bankName", "请填写开户银行"));
    }
    if (hasAccount && !form.accountNumber().strip().matches("\\d{12,30}")) {
      errors.add(new FieldMessage("accountNumber", "银行账号应为12至30位数字"));
    }
    if (child != null && errors.isEmpty() && openCase(child.id()).isPresent()) {
      errors.add(new FieldMessage("childIdNumber", "该儿童已有在办或在发的个案"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    long id =
        jdbc.sql(
                """
                insert into children.allowance_case
                       (child_person_id, category, care_type, state, source, region_code,
                        guardian_person_id, guardian_name, guardian_relation, guardian_phone, consent,
                        reason, filed_by)
                values (?, ?, ?, 'APPLIED', ?, ?, ?, ?, ?, ?, true, ?, ?) returning id""")
            .params(
                child.id(),
                form.category(),
                form.careType().name(),
                source,
                child.residenceRegionCode(),
                guardianId,
                form.guardianName().strip(),
                form.guardianRelation().strip(),
                form.guardianPhone() == null ? null : form.guardianPhone().strip(),
                form.reason() == null ? "" : form.reason().strip(),
                filedBy)
            .query(Long.class)
            .single();
    for (SituationRecord s : form.situations()) {
      jdbc.sql(
              "insert into children.parent_situation (case_id, parent, situation, since, ended_on,"
                  + " evidence) values (?, ?, ?, ?, ?, ?)")
          .params(
              id,
              s.parent().name(),
              s.situation().name(),
              s.since(),
              s.endedOn(),
              s.evidence() == null ? "" : s.evidence())
          .update();
    }
    if (hasAccount) {
      // the account is the guardian's: registered for the child's entitlements, held by the
      // guardian
      accounts.register(
          child.id(),
          form.guardianName().strip(),
          form.bankName().strip(),
          form.accountNumber().strip());
    }
    event(id, filedBy, "申请", "来源：" + sourceLabel(source));
    return id;
  }

  /** The street's review: passes the case to the county, or refuses it with the opinion. */
  @Transactional
  public void propose(long id, boolean pass, String opinion, String user) {
    AllowanceCase c = get(id);
    if (c.state() != CaseState.APPLIED) {
      throw new InvalidInput("state", "只有待街道审核的个案可以审核");
    }
    if (opinion == null || opinion.isBlank()) {
      throw new InvalidInput("opinion", "请填写审核意见");
    }
    jdbc.sql(
            """
            update children.allowance_case
               set state = ?, proposed_by = ?, proposed_at = now(), street_opinion = ?,
                   version = version + 1
             where id = ? and state = 'APPLIED'""")
        .params(pass ? "PROPOSED" : "REJECTED", user, opinion.strip(), id)
        .update();
    event(id, user, pass ? "街道审核通过" : "街道审核不通过", opinion.strip());
    if (!pass) {
      notifyGuardian(c, "儿童基本生活保障申请未通过", "街道审核意见：" + opinion.strip(), "rejected");
    }
  }

  /**
   * The county's decision on {@code on}: approval pays from the month after; the approver is not
   * the one who proposed.
   */
  @Transactional
  public void decide(long id, boolean approve, String note, String user, LocalDate on) {
    AllowanceCase c = get(id);
    if (c.state() != CaseState.PROPOSED) {
      throw new InvalidInput("state", "只有待区县审批的个案可以审批");
    }
    if (user.equals(c.proposedBy()) || user.equals(c.filedBy())) {
      throw new InvalidInput("decision", "审批人不能是本个案的申请经办人或街道审核人");
    }
    if (!approve && (note == null || note.isBlank())) {
      throw new InvalidInput("note", "不予批准须写明理由");
    }
    if (approve
        && "ORPHAN".equals(categoryKind(c.category()))
        && tekun.covers(c.childPersonId(), YearMonth.from(on).plusMonths(1).atDay(1))) {
      throw new InvalidInput("decision", "该儿童正在享受特困供养，孤儿基本生活费与特困供养只能选择一项：请先终止特困供养，或不予批准");
    }
    LocalDate firstMonth = YearMonth.from(on).plusMonths(1).atDay(1);
    jdbc.sql(
            """
            update children.allowance_case
               set state = ?, decided_by = ?, decided_on = ?, decision_note = ?, first_month = ?,
                   version = version + 1
             where id = ? and state = 'PROPOSED'""")
        .params(
            approve ? "APPROVED" : "REJECTED",
            user,
            on,
            note == null ? "" : note.strip(),
            approve ? firstMonth : null,
            id)
        .update();
    if (approve) {
      jdbc.sql("insert into children.care_period (case_id, care_type, valid_from) values (?, ?, ?)")
          .params(id, c.careType().name(), firstMonth)
          .update();
    }
    event(id, user, approve ? "区县批准" : "区县不予批准", note == null ? "" : note.strip());
    YearMonth first = YearMonth.from(firstMonth);
    notifyGuardian(
        c,
        approve ? "儿童基本生活保障已批准" : "儿童基本生活保障申请未获批准",
        approve
            ? "%s的%s已批准，自%d年%d月起按月发放给监护人。"
                .formatted(c.childName(), c.categoryLabel(), first.getYear(), first.getMonthValue())
            : "不予批准理由：" + note.strip(),
        approve ? "approved" : "refused");
  }

  /**
   * Records a change of care type decided on {@code on}: the amount changes from the next month.
   */
  @Transactional
  public void changeCareType(long id, CareType careType, String user, LocalDate on) {
    AllowanceCase c = get(id);
    if (c.state() != CaseState.APPROVED) {
      throw new InvalidInput("careType", "只有在发个案可以变更养育方式");
    }
    LocalDate from = YearMonth.from(on).plusMonths(1).atDay(1);
    if (c.firstMonth() != null && from.isBefore(c.firstMonth())) {
      from = c.firstMonth();
    }
    jdbc.sql(
            """
            insert into children.care_period (case_id, care_type, valid_from) values (?, ?, ?)
            on conflict (case_id, valid_from) do update set care_type = excluded.care_type""")
        .params(id, careType.name(), from)
        .update();
    jdbc.sql("update children.allowance_case set care_type = ?, version = version + 1 where id = ?")
        .params(careType.name(), id)
        .update();
    event(id, user, "变更养育方式", careType.label() + "，自" + YearMonth.from(from) + "起");
  }

  /** Full-time study until {@code until}: the allowance continues past 18 to that month. */
  @Transactional
  public void recordStudy(long id, LocalDate until, String user) {
    AllowanceCase c = get(id);
    if (c.state() != CaseState.APPROVED && c.state() != CaseState.ENDED) {
      throw new InvalidInput("studyUntil", "只有已批准的个案可以登记在校就读");
    }
    if (!until.isAfter(c.childBirthDate().plusYears(18))) {
      throw new InvalidInput("studyUntil", "就读截止日期应在年满18周岁之后");
    }
    jdbc.sql(
            "update children.allowance_case set study_until = ?, version = version + 1 where id = ?")
        .params(until, id)
        .update();
    event(id, user, "登记全日制在校就读", "至" + until);
  }

  /** Ends a running case: nothing is paid from {@code stoppedFrom} (a first day of a month). */
  @Transactional
  public void stop(long id, YearMonth stoppedFrom, String reason, String user) {
    jdbc.sql(
            """
            update children.allowance_case
               set state = 'ENDED', stopped_from = ?, end_reason = ?, version = version + 1
             where id = ? and state = 'APPROVED'""")
        .params(stoppedFrom.atDay(1), reason, id)
        .update();
    event(id, user, "停发", reason + "，自" + stoppedFrom + "起");
  }

  /**
   * A parent's situation ended (released, found, recovered) on {@code on}: the de-facto status no
   * longer holds, so the case is stopped from the month after and marked for review.
   */
  @Transactional
  public void endParentSituation(long id, Parent parent, LocalDate on, String user) {
    AllowanceCase c = get(id);
    int changed =
        jdbc.sql(
                "update children.parent_situation set ended_on = ? where case_id = ? and parent = ?"
                    + " and ended_on is null")
            .params(on, id, parent.name())
            .update();
    if (changed == 0) {
      throw new InvalidInput("parent", "没有该父/母尚未结束的情形");
    }
    if (DeFactoRule.categoryOn(situations(id), on).isEmpty()) {
      jdbc.sql("update children.allowance_case set review_due = true where id = ?")
          .param(id)
          .update();
      if (c.state() == CaseState.APPROVED) {
        stop(id, YearMonth.from(on).plusMonths(1), parent.label() + "情形消失，待复核", user);
      }
    }
    event(id, user, "父母情形结束", parent.label() + "，" + on);
  }

  /** The review after a parent's situation ended is done. */
  @Transactional
  public void completeReview(long id, String note, String user) {
    jdbc.sql("update children.allowance_case set review_due = false where id = ?")
        .param(id)
        .update();
    event(id, user, "复核完成", note == null ? "" : note);
  }

  /**
   * The child's open case wherever it is: one open case per child in the whole city, also when the
   * child moved and the case is still with the former street (outside the caller's row scope).
   */
  public Optional<Long> openCase(long childPersonId) {
    return scope.acrossRegions(
        () ->
            jdbc.sql(
                    "select id from children.allowance_case where child_person_id = ?"
                        + " and state in ('APPLIED', 'PROPOSED', 'APPROVED')")
                .param(childPersonId)
                .query(Long.class)
                .optional());
  }

  void event(long caseId, String actor, String action, String note) {
    jdbc.sql("insert into children.case_event (case_id, actor, action, note) values (?, ?, ?, ?)")
        .params(caseId, actor, action, note)
        .update();
  }

  private void notifyGuardian(AllowanceCase c, String subject, String body, String key) {
    if (c.guardianPersonId() != null) {
      messages.send(
          CitizenMessage.to(c.guardianPersonId(), subject, body)
              .withLink("/portal/children")
              .once("children:" + key + ":" + c.id()));
    }
  }

  static String sourceLabel(String source) {
    return switch (source) {
      case "PORTAL" -> "监护人网上申请";
      case "CANDIDATE" -> "主动发现名单确认";
      default -> "经办人受理";
    };
  }

  /** A month paid for a case (portal: the guardian sees the child's allowance). */
  public record PaidMonth(LocalDate month, java.math.BigDecimal amount) {}

  public List<PaidMonth> paidMonths(long caseId) {
    return jdbc.sql(
            "select month, amount from children.allowance_payment where case_id = ?"
                + " order by month desc limit 24")
        .param(caseId)
        .query(PaidMonth.class)
        .list();
  }
}
