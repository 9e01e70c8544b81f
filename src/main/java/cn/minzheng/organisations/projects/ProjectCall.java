package cn.minzheng.organisations.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A call for special-fund projects (申报指南) with what its approved projects have used of the budget.
 */
public record ProjectCall(
    long id,
    int year,
    String title,
    BigDecimal budget,
    String categories,
    LocalDate opensOn,
    LocalDate closesOn,
    String criteria,
    int minReviewers,
    BigDecimal passScore,
    BigDecimal approvedTotal,
    long applications,
    long approved) {

  public BigDecimal remaining() {
    return budget.subtract(approvedTotal);
  }

  public boolean openOn(LocalDate day) {
    return !day.isBefore(opensOn) && !day.isAfter(closesOn);
  }

  /** The codes of the call's categories ({@code categories} holds them comma-separated). */
  public List<String> categoryCodes() {
    return Arrays.asList(categories.split(","));
  }

  public boolean allows(ProjectCategory category) {
    return categoryCodes().contains(category.name());
  }

  public List<ProjectCategory> categoryList() {
    return categoryCodes().stream().map(ProjectCategory::valueOf).toList();
  }

  public String categoryLabels() {
    return String.join("、", categoryCodes().stream().map(ProjectCategory::labelOf).toList());
  }

  /** What a call is opened with. */
  public record Opening(
      int year,
      String title,
      BigDecimal budget,
      List<ProjectCategory> categories,
      LocalDate opensOn,
      LocalDate closesOn,
      String criteria,
      int minReviewers,
      BigDecimal passScore) {}
}
