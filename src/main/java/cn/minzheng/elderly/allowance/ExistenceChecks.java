package cn.minzheng.elderly.allowance;

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

  ExistenceChecks(
      JdbcClient jdbc,
      PersonDirectory persons,
      Entitlements entitlements,
      AuditLog audit,
      AllowanceNotices notices) {
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
    PersonSummary person =
        persons.find(personId).orElseThrow(() -> new RecordNotFoundException("person"));
    if (!person.alive()) {
      throw new IllegalArgumentException("该老人已登记死亡，不能进行生存认证");
    }
    jdbc.sql(
            """
            insert into elderly.existence_verification
                   (person_id, verified_on, method, by_account, by_staff, note, region_code)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            personId,
            on,
            method.name(),
            by.accountId(),
            by.staffUsername(),
            note,
            person.residenceRegionCode())
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
            "elderly.existence.verify",
            "person",
            String.valueOf(personId),
            method.label() + "，补发 " + arrears.size() + " 个月"));
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
