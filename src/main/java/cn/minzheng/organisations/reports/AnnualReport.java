package cn.minzheng.organisations.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An organisation's annual report for a year, with the review. */
public record AnnualReport(
    long id,
    long organisationId,
    String organisationName,
    int year,
    String regionCode,
    @Nullable LocalDate supervisingOkOn,
    LocalDate submittedOn,
    boolean late,
    BigDecimal income,
    BigDecimal expenditure,
    BigDecimal netAssets,
    int staffCount,
    String activities,
    @Nullable String changes,
    @Nullable String result,
    @Nullable String findings,
    @Nullable String reviewedBy,
    @Nullable LocalDate reviewedOn) {

  public String resultLabel() {
    return ReviewResult.labelOf(result);
  }

  /** What the organisation files. */
  public record Filing(
      int year,
      @Nullable LocalDate supervisingOkOn,
      BigDecimal income,
      BigDecimal expenditure,
      BigDecimal netAssets,
      int staffCount,
      String activities,
      @Nullable String changes) {}
}
