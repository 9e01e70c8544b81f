package cn.minzheng.disability.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One person's subsidies: ratings as received, months computed (paid or waiting), starts, changes
 * and stops with their reasons, corrections. Not filtered by scope: callers check the person's
 * region (staff) or use the citizen's own person (portal).
 */
@Service
public class SubsidyQueries {

  private final JdbcClient jdbc;

  SubsidyQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A rating, or (category and grade null) the removal of the disability with its reason. */
  public record Rating(
      @Nullable String category,
      @Nullable Integer grade,
      @Nullable LocalDate certificateDate,
      @Nullable String removedReason) {
    public String label() {
      return removedReason != null
          ? "残疾人证注销（" + removedReason + "）"
          : Categories.label(category) + grade + "级";
    }

    /** The line of the person's page: what and since when. */
    public String text() {
      if (certificateDate == null) {
        return label() + "（原有记录）";
      }
      return label() + (removedReason != null ? "，注销日期 " : "，证书日期 ") + certificateDate;
    }
  }

  public record Month(
      Subsidy subsidy,
      LocalDate month,
      BigDecimal amount,
      String category,
      int grade,
      boolean paid) {
    public String subsidyLabel() {
      return subsidy.label();
    }

    public String monthLabel() {
      return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    public String ratingLabel() {
      return Categories.label(category) + grade + "级";
    }
  }

  public record Change(
      Subsidy subsidy, LocalDate month, String kind, @Nullable BigDecimal amount, String reason) {
    public String subsidyLabel() {
      return subsidy.label();
    }

    public String kindLabel() {
      return switch (kind) {
        case "START" -> "开始发放";
        case "CHANGE" -> "变更";
        default -> "停发";
      };
    }

    public String monthLabel() {
      return month.getYear() + "年" + month.getMonthValue() + "月";
    }
  }

  public record Correction(
      Subsidy subsidy, LocalDate forMonth, LocalDate payMonth, BigDecimal amount, String reason) {
    public String subsidyLabel() {
      return subsidy.label();
    }
  }

  public List<Rating> ratings(long personId) {
    return jdbc.sql(
            """
            select category, grade, certificate_date, removed_reason from disability.rating
             where person_id = ? order by certificate_date desc nulls last, id desc""")
        .param(personId)
        .query(Rating.class)
        .list();
  }

  public List<Month> months(long personId, int limit) {
    return jdbc.sql(
            """
            select subsidy, month, amount, category, grade, paid from disability.eligible_month
             where person_id = ? order by month desc, subsidy limit ?""")
        .params(personId, limit)
        .query(Month.class)
        .list();
  }

  public List<Change> changes(long personId) {
    return jdbc.sql(
            """
            select subsidy, month, kind, amount, reason from disability.subsidy_change
             where person_id = ? order by month desc, subsidy""")
        .param(personId)
        .query(Change.class)
        .list();
  }

  public List<Correction> corrections(long personId) {
    return jdbc.sql(
            """
            select subsidy, for_month, pay_month, amount, reason from disability.correction
             where person_id = ? order by for_month desc, subsidy""")
        .param(personId)
        .query(Correction.class)
        .list();
  }

  /** The person's recipient rows (region for the scope check; status per subsidy). */
  public record Status(
      Subsidy subsidy, String status, String regionCode, @Nullable String declineReason) {
    public String subsidyLabel() {
      return subsidy.label();
    }

    public String statusLabel() {
      return switch (status) {
        case "PENDING" -> "待街道确认";
        case "CONFIRMED" -> "已确认发放";
        default -> "不予发放";
      };
    }
  }

  public List<Status> statuses(long personId) {
    return jdbc.sql(
            """
            select subsidy, status, region_code, decline_reason from disability.recipient
             where person_id = ? order by subsidy""")
        .param(personId)
        .query(Status.class)
        .list();
  }
}
