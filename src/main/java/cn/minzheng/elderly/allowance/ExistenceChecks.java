package cn.minzheng.elderly.allowance;

import cn.minzheng.lifeevents.LifeEvent;
import cn.minzheng.lifeevents.LifeEventTrail;
import cn.minzheng.lifeevents.TrailEntry;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.Programme;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records 生存认证 and restores a suspended allowance: every month suspended for a missed check is paid
 * as arrears (a payments adjustment) in the roster of the month after the check, never in a month
 * before the suspended one. Such a month is then left out of its regular run for good.
 */
@Service
public class ExistenceChecks {

  private final JdbcClient jdbc;
  private final PersonDirectory persons;
  private final Entitlements entitlements;
  private final AuditLog audit;
  private final AllowanceNotices notices;
  private final LifeEventTrail trail;

  ExistenceChecks(
      JdbcClient jdbc,
      PersonDirectory persons,
      Entitlements entitlements,
      AuditLog audit,
      AllowanceNotices notices,
      LifeEventTrail trail) {
    this.trail = trail;
    this.jdbc = jdbc;
    this.persons = persons;
    this.entitlements = entitlements;
    this.audit = audit;
    this.notices = notices;
  }

  /** Who did the check: a portal account (self or family) or a staff member (visit). */
  public record Verifier(Long accountId, String staffUsername) {}

  /** A suspended month repaid. */
  public record Arrears(YearMonth month, BigDecimal amount, YearMonth paidIn) {}

  @Transactional
  public List<Arrears> record(
      long personId, LocalDate on, VerificationMethod method, Verifier by, String note) {
    return record(personId, on, method, by, note, null, null);
  }

  /**
   * 静默认证: a trace of life in a departmental feed counts as the check of its date; audited with its
   * evidence. Idempotent: a trace not newer than the last check records nothing.
   *
   * @return false when the person was already checked on or after the trace's date
   */
  @Transactional
  public boolean recordSilent(
      long personId, String traceType, String traceLabel, LocalDate traceDate) {
    Boolean newer =
        jdbc.sql(
                """
                select coalesce(max(verified_on) < ?, true) from elderly.existence_verification
                 where person_id = ?""")
            .params(traceDate, personId)
            .query(Boolean.class)
            .single();
    if (!newer) {
      return false;
    }
    record(
        personId,
        traceDate,
        VerificationMethod.SILENT,
        new Verifier(null, "system"),
        silentNote(traceLabel, traceDate),
        traceType,
        traceDate);
    return true;
  }

  /** "已通过医保结算记录确认（2026-11-03）", as the portal and the staff pages say it. */
  public static String silentNote(String traceLabel, LocalDate traceDate) {
    return "已通过" + traceLabel + "确认（" + traceDate + "）";
  }

  private List<Arrears> record(
      long personId,
      LocalDate on,
      VerificationMethod method,
      Verifier by,
      String note,
      String traceType,
      LocalDate traceDate) {
    PersonSummary person =
        persons.find(personId).orElseThrow(() -> new RecordNotFoundException("person"));
    if (!person.alive()) {
      throw new IllegalArgumentException("该老人已登记死亡，不能进行生存认证");
    }
    jdbc.sql(
            """
            insert into elderly.existence_verification
                   (person_id, verified_on, method, by_account, by_staff, note, region_code,
                    trace_type, trace_date)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            personId,
            on,
            method.name(),
            by.accountId(),
            by.staffUsername(),
            note,
            person.residenceRegionCode(),
            traceType,
            traceDate)
        .update();
    jdbc.sql(
            """
            update elderly.allowance_recipient
               set last_verified_on = greatest(coalesce(last_verified_on, ?), ?)
             where person_id = ?""")
        .params(on, on, personId)
        .update();
    List<Arrears> arrears = repay(personId, YearMonth.from(on));
    notices.restored(personId, arrears);
    audit.record(
        AuditEvent.success(
            method == VerificationMethod.SILENT
                ? "elderly.existence.verify-silent"
                : "elderly.existence.verify",
            "person",
            String.valueOf(personId),
            method.label()
                + (traceType == null ? "" : "，依据 " + traceType + " " + traceDate + "：" + note)
                + "，补发 "
                + arrears.size()
                + " 个月"));
    trail.record(
        new TrailEntry(
            personId,
            LifeEvent.EXISTENCE_CHECK,
            on,
            "养老服务",
            "高龄津贴生存认证："
                + method.label()
                + (note == null ? "" : "，" + note)
                + (arrears.isEmpty() ? "" : "；补发暂停的 " + arrears.size() + " 个月"),
            method == VerificationMethod.SILENT
                ? "部门数据中的近期记录视为生存认证（§6.2 静默认证）"
                : "每 6 个月认证一次，认证后补发暂停月份（§6.2）",
            "existence:" + personId + ":" + on + ":" + method.name()));
    return arrears;
  }

  private List<Arrears> repay(long personId, YearMonth verifiedIn) {
    record Open(LocalDate month, BigDecimal amount, String regionCode) {}
    List<Open> open =
        jdbc.sql(
                """
                select month, amount, region_code from elderly.allowance_suspension
                 where person_id = ? and repaid_at is null order by month for update""")
            .param(personId)
            .query(Open.class)
            .list();
    return open.stream()
        .map(
            o -> {
              YearMonth month = YearMonth.from(o.month());
              YearMonth payIn = later(month.plusMonths(1), verifiedIn.plusMonths(1));
              entitlements.adjust(
                  personId,
                  Programme.GAOLING,
                  month,
                  payIn,
                  o.amount(),
                  "生存认证后补发暂停期间高龄津贴",
                  o.regionCode());
              jdbc.sql(
                      """
                      update elderly.allowance_suspension set repaid_at = now(), repaid_in = ?
                       where person_id = ? and month = ?""")
                  .params(Date.valueOf(payIn.atDay(1)), personId, o.month())
                  .update();
              return new Arrears(month, o.amount(), payIn);
            })
        .toList();
  }

  private static YearMonth later(YearMonth a, YearMonth b) {
    return a.isAfter(b) ? a : b;
  }

  /** The latest check of a person, if any. */
  public java.util.Optional<LocalDate> lastCheck(long personId) {
    return jdbc.sql(
            "select max(verified_on) from elderly.existence_verification where person_id = ?")
        .param(personId)
        .query(LocalDate.class)
        .optional();
  }
}
