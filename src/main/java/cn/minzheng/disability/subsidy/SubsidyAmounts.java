package cn.minzheng.disability.subsidy;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The effective-dated amounts per subsidy, grade and (optionally) category. A new amount from a
 * month on closes the row in force at that month: months before keep their amounts.
 */
@Service
public class SubsidyAmounts {

  private final JdbcClient jdbc;
  private final AuditLog audit;

  SubsidyAmounts(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  public record Amount(
      long id,
      Subsidy subsidy,
      @Nullable String category,
      int grade,
      BigDecimal amount,
      LocalDate validFrom,
      @Nullable LocalDate validTo,
      boolean confirmed) {

    public String subsidyLabel() {
      return subsidy.label();
    }

    public String scopeLabel() {
      return (category == null ? "各类别" : Categories.label(category)) + grade + "级";
    }
  }

  public List<Amount> all() {
    return jdbc.sql(
            """
            select id, subsidy, category, grade, amount, valid_from, valid_to, confirmed
              from disability.subsidy_amount
             order by subsidy, valid_from desc, grade, category nulls first""")
        .query(Amount.class)
        .list();
  }

  /**
   * Sets the amount of a subsidy and grade (and category, null for every category) from {@code
   * from} on.
   */
  @Transactional
  public void setFrom(
      Subsidy subsidy,
      @Nullable String category,
      int grade,
      YearMonth from,
      BigDecimal amount,
      boolean confirmed,
      String by) {
    if (grade < 1 || grade > 4) {
      throw new InvalidInput("grade", "残疾等级为1至4级");
    }
    if (amount.signum() <= 0 || amount.scale() > 2) {
      throw new InvalidInput("amount", "金额须大于0，最多两位小数");
    }
    LocalDate start = from.atDay(1);
    jdbc.sql(
            """
            delete from disability.subsidy_amount
             where subsidy = ? and grade = ? and category is not distinct from ? and valid_from >= ?""")
        .params(subsidy.name(), grade, category, start)
        .update();
    jdbc.sql(
            """
            update disability.subsidy_amount set valid_to = ?
             where subsidy = ? and grade = ? and category is not distinct from ?
               and valid_from < ? and (valid_to is null or valid_to > ?)""")
        .params(start, subsidy.name(), grade, category, start, start)
        .update();
    jdbc.sql(
            """
            insert into disability.subsidy_amount
                   (subsidy, category, grade, amount, valid_from, confirmed, created_by)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(subsidy.name(), category, grade, amount, start, confirmed, by)
        .update();
    audit.record(
        AuditEvent.success(
            "disability.subsidy.amount",
            "subsidy_amount",
            subsidy.name() + ":" + grade,
            (category == null ? "" : category + " ") + from + " " + amount));
  }
}
