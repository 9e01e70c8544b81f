package cn.minzheng.funeral.cases;

import cn.minzheng.funeral.config.BeneficiaryGroup;
import cn.minzheng.funeral.config.ReliefRules;
import cn.minzheng.funeral.config.ServiceItem;
import cn.minzheng.payments.PayeeAccounts;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.portal.CitizenMessage;
import cn.minzheng.portal.CitizenMessages;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.InvalidIdCardNoException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The funeral subsidy case of a death (§8): one per death, enforced by the database. Opened on the
 * death, on an application or on the funeral home's first record; the family applies once (a second
 * application is refused, naming the first); a caseworker computes the subsidy from the records
 * (maker), a district approver approves it (checker, never the maker) and it is paid once through
 * {@code payments} in the next month's roster.
 */
@Service
public class SubsidyCases {

  static final Set<String> SORTS = Set.of("date_of_death", "case_no", "state", "opened_at");

  private static final String SELECT =
      """
      select c.id, c.case_no, c.deceased_person_id, d.name as deceased_name, c.date_of_death,
             c.region_code, c.beneficiary_group, c.opened_via, c.opened_at, c.state,
             c.applicant_person_id, c.applicant_name, c.applied_at, c.amount, c.proposed_by,
             c.approved_by, p.pay_month, c.withdrawn_reason, c.recovery_due, c.recovered_on,
             c.recovery_note
        from funeral.subsidy_case c
        left join registry.person_fact d on d.id = c.deceased_person_id
        left join funeral.subsidy_payment p on p.case_id = c.id
      """;

  private final JdbcClient jdbc;
  private final PersonDirectory persons;
  private final PayeeAccounts payees;
  private final ReliefRules rules;
  private final SubsidyPayments payments;
  private final AuditLog audit;
  private final CitizenMessages messages;
  private final TransactionTemplate tx;

  SubsidyCases(
      JdbcClient jdbc,
      PersonDirectory persons,
      PayeeAccounts payees,
      ReliefRules rules,
      SubsidyPayments payments,
      AuditLog audit,
      CitizenMessages messages,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.persons = persons;
    this.payees = payees;
    this.rules = rules;
    this.payments = payments;
    this.audit = audit;
    this.messages = messages;
    this.tx = new TransactionTemplate(transactions);
  }

  /** The case number of a death: month of death and the person, so that it is one per death. */
  static String caseNo(long personId, LocalDate dateOfDeath) {
    return "BZ" + dateOfDeath.format(DateTimeFormatter.ofPattern("yyyyMM")) + "-" + personId;
  }

  /**
   * Opens the case of a death unless it exists (the event delivered twice opens one case); a case
   * withdrawn with an earlier death recorded in error is opened again. Returns the case's id.
   */
  public long open(long personId, LocalDate dateOfDeath, String regionCode, OpenedVia via) {
    return tx.execute(
        s -> {
          BeneficiaryGroup group = groupOf(personId, dateOfDeath);
          Long created =
              jdbc.sql(
                      """
                      insert into funeral.subsidy_case (case_no, deceased_person_id, date_of_death,
                             region_code, beneficiary_group, opened_via, state)
                      values (?, ?, ?, ?, ?, ?, 'OPEN')
                      on conflict (deceased_person_id) do update
                         set case_no = excluded.case_no, date_of_death = excluded.date_of_death,
                             region_code = excluded.region_code,
                             beneficiary_group = excluded.beneficiary_group,
                             opened_via = excluded.opened_via, opened_at = now(), state = 'OPEN',
                             withdrawn_reason = null, withdrawn_at = null
                       where funeral.subsidy_case.state = 'WITHDRAWN'
                      returning id""")
                  .params(
                      caseNo(personId, dateOfDeath),
                      personId,
                      dateOfDeath,
                      regionCode,
                      group.name(),
                      via.name())
                  .query(Long.class)
                  .optional()
                  .orElse(null);
          if (created != null) {
            audit.record(
                AuditEvent.success(
                    "funeral.case.open",
                    "funeral_case",
                    String.valueOf(created),
                    via.name() + " " + group.name()));
            return created;
          }
          return jdbc.sql("select id from funeral.subsidy_case where deceased_person_id = ?")
              .param(personId)
              .query(Long.class)
              .single();
        });
  }

  /** What {@link #withdraw} did with the case of a withdrawn death. */
  public enum Withdrawal {
    /** No case, or already withdrawn or flagged: nothing changed. */
    NONE,
    /** The case was cancelled with the reason. */
    WITHDRAWN,
    /** The subsidy had been paid: the case is flagged for recovery of the payment. */
    RECOVERY_DUE
  }

  /**
   * A death recorded in error was withdrawn: the case it opened is withdrawn with the reason,
   * unless the subsidy was already approved for payment; then it is flagged for recovery. The
   * applicant, if any, is told. Idempotent: a withdrawn or flagged case is not touched again.
   */
  public Withdrawal withdraw(long personId, LocalDate dateOfDeath, String reason) {
    return tx.execute(
        s -> {
          Optional<Long> found =
              jdbc.sql(
                      "select id from funeral.subsidy_case where deceased_person_id = ?"
                          + " and date_of_death = ?")
                  .params(personId, dateOfDeath)
                  .query(Long.class)
                  .optional();
          if (found.isEmpty()) {
            return Withdrawal.NONE;
          }
          SubsidyCase c = lock(found.get());
          if (c.state() == CaseState.WITHDRAWN || c.recoveryDue()) {
            return Withdrawal.NONE;
          }
          String why = "死亡登记已撤销：" + reason;
          Withdrawal done;
          if (c.state() == CaseState.APPROVED) {
            jdbc.sql(
                    """
                    update funeral.subsidy_case set recovery_due = true, withdrawn_reason = ?,
                           withdrawn_at = now() where id = ?""")
                .params(why, c.id())
                .update();
            done = Withdrawal.RECOVERY_DUE;
          } else {
            jdbc.sql(
                    """
                    update funeral.subsidy_case set state = 'WITHDRAWN', withdrawn_reason = ?,
                           withdrawn_at = now() where id = ?""")
                .params(why, c.id())
                .update();
            done = Withdrawal.WITHDRAWN;
          }
          audit.record(
              AuditEvent.success(
                  "funeral.case.withdraw", "funeral_case", String.valueOf(c.id()), done.name()));
          if (c.applicantPersonId() != null) {
            messages.send(
                CitizenMessage.to(
                        c.applicantPersonId(),
                        "惠民殡葬补贴：死亡登记已撤销",
                        done == Withdrawal.WITHDRAWN
                            ? "%s 的死亡登记系误登记，已撤销；惠民殡葬补贴（案号 %s）随之撤回。"
                                .formatted(c.deceasedName(), c.caseNo())
                            : "%s 的死亡登记系误登记，已撤销；已发放的惠民殡葬补贴 %s 元（案号 %s）须退回，工作人员将与您联系。"
                                .formatted(c.deceasedName(), c.amount(), c.caseNo()))
                    .once("funeral:withdraw:" + c.id() + ":" + dateOfDeath));
          }
          return done;
        });
  }

  /**
   * 特困 or 低保 when the person was paid in that programme in the month of death or the month before
   * (the month of death may not be computed yet); otherwise a resident when registered (户籍; where
   * the registry has no 户籍 region, the residence) in Chengdu.
   */
  BeneficiaryGroup groupOf(long personId, LocalDate dateOfDeath) {
    LocalDate month = YearMonth.from(dateOfDeath).atDay(1);
    String programme =
        jdbc.sql(
                """
                select e.programme from payments.entitlement_fact e
                 where e.person_id = ? and e.programme in ('TEKUN', 'DIBAO')
                   and e.month between ? and ?
                 order by case e.programme when 'TEKUN' then 0 else 1 end limit 1""")
            .params(personId, month.minusMonths(1), month)
            .query(String.class)
            .optional()
            .orElse(null);
    if (programme != null) {
      return BeneficiaryGroup.valueOf(programme);
    }
    return persons
        .find(personId)
        .map(p -> p.hukouRegionCode() != null ? p.hukouRegionCode() : p.residenceRegionCode())
        .filter(code -> code != null && code.startsWith("5101"))
        .map(code -> BeneficiaryGroup.RESIDENT)
        .orElse(BeneficiaryGroup.NON_RESIDENT);
  }

  /** What the family (or the counter on its behalf) gives when applying. */
  public record Application(
      String deceasedIdNumber, String applicantIdNumber, String bankName, String accountNumber) {}

  /**
   * The family's application: opens the case if the death has none yet, records the applicant as
   * the payee with the account given. A second application for the same death is refused, naming
   * the first. {@code inScope} checks the deceased's region for a counter (out of scope: as if
   * unknown).
   */
  public long apply(
      Application a, OpenedVia via, String by, java.util.function.Predicate<String> inScope) {
    PersonSummary deceased = deceased(a.deceasedIdNumber(), inScope);
    PersonSummary applicant =
        person(a.applicantIdNumber(), "applicantIdNumber", "申请人身份证号")
            .orElseThrow(() -> new InvalidInput("applicantIdNumber", "申请人身份证号：人口库中没有此人"));
    return apply(deceased, applicant, a, via, by);
  }

  /**
   * The family's application in the portal: the signed-in citizen is the applicant and payee, and
   * must have lived in one household with the deceased (the registry's memberships, at any time).
   */
  public long applyInPortal(
      long citizenPersonId, String deceasedIdNumber, String bankName, String accountNumber) {
    PersonSummary deceased = deceased(deceasedIdNumber, region -> true);
    boolean family =
        jdbc.sql(
                """
                select exists (select 1 from registry.membership_fact a
                                 join registry.membership_fact b on b.household_id = a.household_id
                                where a.person_id = ? and b.person_id = ?)""")
            .params(deceased.id(), citizenPersonId)
            .query(Boolean.class)
            .single();
    if (!family) {
      throw new InvalidInput("deceasedIdNumber", "逝者身份证号：登记中您与逝者不在同一户，请携户口簿到社区或街道窗口申请");
    }
    PersonSummary applicant = persons.find(citizenPersonId).orElseThrow();
    return apply(
        deceased,
        applicant,
        new Application(deceasedIdNumber, "", bankName, accountNumber),
        OpenedVia.PORTAL,
        "citizen");
  }

  private PersonSummary deceased(String idNumber, java.util.function.Predicate<String> inScope) {
    PersonSummary deceased =
        person(idNumber, "deceasedIdNumber", "逝者身份证号")
            .filter(p -> inScope.test(p.residenceRegionCode()))
            .orElseThrow(() -> new InvalidInput("deceasedIdNumber", "逝者身份证号：人口库中没有此人"));
    if (deceased.alive() || deceased.dateOfDeath() == null) {
      throw new InvalidInput("deceasedIdNumber", "逝者身份证号：人口库中尚未登记此人死亡，请先报告死亡");
    }
    return deceased;
  }

  private long apply(
      PersonSummary deceased, PersonSummary applicant, Application a, OpenedVia via, String by) {
    if (!applicant.alive()) {
      throw new InvalidInput("applicantIdNumber", "申请人身份证号：申请人须为在世的家属");
    }
    if (applicant.id() == deceased.id()) {
      throw new InvalidInput("applicantIdNumber", "申请人身份证号：申请人不能是逝者本人");
    }
    if (a.bankName() == null || a.bankName().isBlank()) {
      throw new InvalidInput("bankName", "开户银行：请填写");
    }
    String account = a.accountNumber() == null ? "" : a.accountNumber().replaceAll("\\s", "");
    if (!account.matches("[0-9]{12,30}")) {
      throw new InvalidInput("accountNumber", "银行账号：须为12至30位数字");
    }
    long caseId = open(deceased.id(), deceased.dateOfDeath(), deceased.residenceRegionCode(), via);
    tx.executeWithoutResult(
        s -> {
          var current =
              jdbc.sql(
                      """
                      select state, case_no, applicant_name, applied_at from funeral.subsidy_case
                       where id = ? for update""")
                  .param(caseId)
                  .query(
                      (rs, n) ->
                          new Object[] {
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getObject(4, java.time.OffsetDateTime.class)
                          })
                  .single();
          if (!CaseState.OPEN.name().equals(current[0])) {
            var appliedAt = (java.time.OffsetDateTime) current[3];
            throw new InvalidInput(
                "deceasedIdNumber",
                "逝者身份证号：%s 的殡葬补贴已于 %s 由 %s 申请（案号 %s），不能重复申请"
                    .formatted(
                        deceased.name(),
                        appliedAt == null
                            ? "此前"
                            : appliedAt.atZoneSameInstant(ChinaTime.ZONE).toLocalDate(),
                        current[2],
                        current[1]));
          }
          payees.register(applicant.id(), applicant.name(), a.bankName().strip(), account);
          jdbc.sql(
                  """
                  update funeral.subsidy_case
                     set state = 'APPLIED', applicant_person_id = ?, applicant_name = ?,
                         applied_via = ?, applied_at = now(), applied_by = ?
                   where id = ?""")
              .params(
                  applicant.id(),
                  applicant.name(),
                  via == OpenedVia.PORTAL ? "PORTAL" : "COUNTER",
                  by,
                  caseId)
              .update();
          audit.record(
              AuditEvent.success(
                  "funeral.case.apply", "funeral_case", String.valueOf(caseId), via.name()));
          messages.send(
              applicant.id(),
              "惠民殡葬补贴申请已受理",
              "您为 %s 申请的惠民殡葬补贴已受理（案号 %s），核算审核后将发放至您登记的银行账户。"
                  .formatted(deceased.name(), caseNo(deceased.id(), deceased.dateOfDeath())),
              null);
        });
    return caseId;
  }

  private Optional<PersonSummary> person(String idNumber, String field, String label) {
    if (idNumber == null || idNumber.isBlank()) {
      throw new InvalidInput(field, label + "：请填写");
    }
    try {
      return persons.findByIdNumber(IdCardNo.parse(idNumber.strip()));
    } catch (InvalidIdCardNoException e) {
      throw new InvalidInput(field, label + "：号码无效");
    }
  }

  /** The maker's step: the subsidy computed from the records and the rules of the day of death. */
  public SubsidyCalculation.Result propose(long caseId, String by) {
    return tx.execute(
        s -> {
          SubsidyCase c = lock(caseId);
          if (c.state() != CaseState.APPLIED && c.state() != CaseState.PROPOSED) {
            throw new InvalidInput("case", "当前状态（" + c.state().label() + "）不能核算");
          }
          SubsidyCalculation.Result result = calculate(c);
          if (result.total().signum() <= 0) {
            throw new InvalidInput("case", "没有可补贴的殡葬服务记录，不能核算");
          }
          jdbc.sql(
                  """
                  update funeral.subsidy_case
                     set state = 'PROPOSED', amount = ?, basis = ?, proposed_by = ?,
                         proposed_at = now()
                   where id = ?""")
              .params(result.total(), result.basis(), by, caseId)
              .update();
          audit.record(
              AuditEvent.success(
                  "funeral.case.propose",
                  "funeral_case",
                  String.valueOf(caseId),
                  result.total().toPlainString()));
          return result;
        });
  }

  /** The subsidy the records earn now (shown before the maker proposes). */
  public SubsidyCalculation.Result calculate(SubsidyCase c) {
    List<SubsidyCalculation.Charge> charges =
        jdbc.sql("select item, charged from funeral.service_record where case_id = ? order by id")
            .param(c.id())
            .query(
                (rs, n) ->
                    new SubsidyCalculation.Charge(
                        ServiceItem.valueOf(rs.getString(1)), rs.getBigDecimal(2)))
            .list();
    return SubsidyCalculation.compute(
        c.beneficiaryGroup(),
        charges,
        rules.capsOn(c.beneficiaryGroup(), c.dateOfDeath()),
        rules.ecoOn(c.dateOfDeath()));
  }

  /**
   * The checker's step: approves (never the maker) and pays once: the payment row is unique per
   * death in the database, and the next month's FUNERAL entitlements are submitted from it.
   */
  public YearMonth approve(long caseId, String by) {
    YearMonth payMonth = YearMonth.from(ChinaTime.today()).plusMonths(1);
    tx.executeWithoutResult(
        s -> {
          SubsidyCase c = lock(caseId);
          if (c.state() != CaseState.PROPOSED) {
            throw new InvalidInput("case", "当前状态（" + c.state().label() + "）不能审核");
          }
          if (by.equals(c.proposedBy())) {
            throw new InvalidInput("case", "审核人不能是核算人：经办与审核须由两人完成");
          }
          jdbc.sql(
                  """
                  update funeral.subsidy_case set state = 'APPROVED', approved_by = ?,
                         approved_at = now() where id = ?""")
              .params(by, caseId)
              .update();
          jdbc.sql(
                  """
                  insert into funeral.subsidy_payment (case_id, deceased_person_id, payee_person_id,
                         pay_month, amount, region_code, case_no)
                  values (?, ?, ?, ?, ?, ?, ?)""")
              .params(
                  caseId,
                  c.deceasedPersonId(),
                  c.applicantPersonId(),
                  payMonth.atDay(1),
                  c.amount(),
                  c.regionCode(),
                  c.caseNo())
              .update();
          audit.record(
              AuditEvent.success(
                  "funeral.case.approve",
                  "funeral_case",
                  String.valueOf(caseId),
                  c.amount() + " pay " + payMonth));
          if (c.applicantPersonId() != null) {
            messages.send(
                c.applicantPersonId(),
                "惠民殡葬补贴已审核",
                "%s 的惠民殡葬补贴 %s 元已审核通过，将于 %s 随发放名册发放。"
                    .formatted(c.deceasedName(), c.amount().toPlainString(), payMonth),
                null);
          }
        });
    return payments.submit(payMonth);
  }

  private SubsidyCase lock(long caseId) {
    jdbc.sql("select id from funeral.subsidy_case where id = ? for update")
        .param(caseId)
        .query(Long.class)
        .optional()
        .orElseThrow(() -> new RecordNotFoundException("funeral case " + caseId));
    return find(caseId).orElseThrow();
  }

  public Optional<SubsidyCase> find(long caseId) {
    return jdbc.sql(SELECT + " where c.id = ?").param(caseId).query(SubsidyCase.class).optional();
  }

  public Optional<SubsidyCase> ofDeceased(long personId) {
    return jdbc.sql(SELECT + " where c.deceased_person_id = ?")
        .param(personId)
        .query(SubsidyCase.class)
        .optional();
  }

  /** Cases the citizen applied for. */
  public List<SubsidyCase> appliedBy(long applicantPersonId) {
    return jdbc.sql(SELECT + " where c.applicant_person_id = ? order by c.date_of_death desc")
        .param(applicantPersonId)
        .query(SubsidyCase.class)
        .list();
  }

  /** One page of the cases in the scope, optionally of one state. */
  public PageResult<SubsidyCase> list(
      RegionFilter scope, @Nullable CaseState state, PageQuery page) {
    return list(scope, state, false, page);
  }

  /**
   * One page of the cases in the scope, optionally of one state; {@code recoveryOpen}: only paid
   * subsidies of withdrawn deaths not yet recovered (the 待办 list).
   */
  public PageResult<SubsidyCase> list(
      RegionFilter scope, @Nullable CaseState state, boolean recoveryOpen, PageQuery page) {
    String where =
        " where (? or c.region_code = any(?)) and (cast(? as text) is null or c.state = ?)"
            + " and (not ? or (c.recovery_due and c.recovered_on is null))";
    String stateCode = state == null ? null : state.name();
    long total =
        jdbc.sql("select count(*) from funeral.subsidy_case c" + where)
            .params(scope.unrestricted(), scope.codesArray(), stateCode, stateCode, recoveryOpen)
            .query(Long.class)
            .single();
    List<SubsidyCase> items =
        jdbc.sql(SELECT + where + " order by c." + page.orderBy() + ", c.id limit ? offset ?")
            .params(
                scope.unrestricted(),
                scope.codesArray(),
                stateCode,
                stateCode,
                recoveryOpen,
                page.size(),
                page.offset())
            .query(SubsidyCase.class)
            .list();
    return new PageResult<>(items, page, total);
  }

  /**
   * Records that the family paid back the subsidy of a withdrawn death ({@code note}: how, e.g. the
   * receipt number). Refused when nothing is due or it was recorded already, when the date is in
   * the future or the note is missing.
   */
  public void recordRecovery(long caseId, LocalDate on, String note, String by) {
    tx.executeWithoutResult(
        s -> {
          SubsidyCase c = lock(caseId);
          if (!c.recoveryOpen()) {
            throw new InvalidInput("recoveredOn", "该案件没有待追回的补贴");
          }
          if (on.isAfter(ChinaTime.today())) {
            throw new InvalidInput("recoveredOn", "追回日期：不能晚于今天");
          }
          if (note == null || note.isBlank()) {
            throw new InvalidInput("recoveryNote", "追回说明：请填写退款方式或收据号");
          }
          jdbc.sql(
                  """
                  update funeral.subsidy_case set recovered_on = ?, recovery_note = ?,
                         recovered_by = ? where id = ? and recovery_due and recovered_on is null""")
              .params(on, note.strip(), by, caseId)
              .update();
          audit.record(
              AuditEvent.success(
                  "funeral.case.recovered",
                  "funeral_case",
                  String.valueOf(caseId),
                  c.amount() + " 元"));
        });
  }

  /** The service records of a case. */
  public record RecordLine(
      long id, String facilityName, ServiceItem item, LocalDate servedOn, BigDecimal charged) {}

  public List<RecordLine> records(long caseId) {
    return jdbc.sql(
            """
            select r.id, f.name as facility_name, r.item, r.served_on, r.charged
              from funeral.service_record r join funeral.facility f on f.id = r.facility_id
             where r.case_id = ? order by r.served_on, r.id""")
        .param(caseId)
        .query(RecordLine.class)
        .list();
  }
}
