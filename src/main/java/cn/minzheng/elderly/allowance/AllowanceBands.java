package cn.minzheng.elderly.allowance;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The effective-dated band configuration. A new set of bands from a month on closes every band
 * still open at that month and opens the new ones: months before keep their amounts.
 */
@Service
public class AllowanceBands {

  private final JdbcClient jdbc;
  private final AuditLog audit;

  AllowanceBands(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** A band to open: {@code maxAge} null for "and over". */
  public record NewBand(String label, int minAge, Integer maxAge, BigDecimal monthlyAmount) {}

  public List<AllowanceBand> all() {
    return jdbc.sql(
            """
            select id, label, min_age, max_age, monthly_amount, valid_from, valid_to
              from elderly.allowance_band order by valid_from desc, min_age""")
        .query(AllowanceBand.class)
        .list();
  }

  public List<AllowanceBand> validIn(YearMonth month) {
    return all().stream().filter(b -> b.validIn(month.atDay(1))).toList();
  }

  /** Replaces the bands from {@code from} on; refuses overlapping or empty band sets. */
  @Transactional
  public void replaceFrom(YearMonth from, List<NewBand> bands, String by) {
    BandRules.check(bands);
    LocalDate start = from.atDay(1);
    jdbc.sql("delete from elderly.allowance_band where valid_from >= ?").param(start).update();
    jdbc.sql(
            """
            update elderly.allowance_band set valid_to = ?
             where valid_from < ? and (valid_to is null or valid_to > ?)""")
        .params(start, start, start)
        .update();
    for (NewBand b : bands) {
      jdbc.sql(
              """
              insert into elderly.allowance_band
                     (label, min_age, max_age, monthly_amount, valid_from, created_by)
              values (?, ?, ?, ?, ?, ?)""")
          .params(b.label(), b.minAge(), b.maxAge(), b.monthlyAmount(), start, by)
          .update();
    }
    audit.record(
        AuditEvent.success(
            "elderly.allowance.bands", "allowance_band", from.toString(), bands.size() + " 档"));
  }
}
