package cn.minzheng.socialwork.governance;

import java.time.LocalDate;

/**
 * Where a convention stands against its review due date: overdue the day after the due date, due
 * soon from {@link #DUE_SOON_DAYS} days before it up to and including the due date.
 */
public enum ReviewStatus {
  CURRENT("有效"),
  DUE_SOON("即将到期复审"),
  OVERDUE("逾期未复审");

  public static final int DUE_SOON_DAYS = 90;

  private final String label;

  ReviewStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static ReviewStatus of(LocalDate due, LocalDate today) {
    if (today.isAfter(due)) {
      return OVERDUE;
    }
    if (!today.plusDays(DUE_SOON_DAYS).isBefore(due)) {
      return DUE_SOON;
    }
    return CURRENT;
  }
}
