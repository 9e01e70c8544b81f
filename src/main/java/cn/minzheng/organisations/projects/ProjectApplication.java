package cn.minzheng.organisations.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An application to a call, with its reviewers' average score and its rank in the call (by average,
 * highest first; unscored last).
 */
public record ProjectApplication(
    long id,
    long callId,
    String callTitle,
    long organisationId,
    String organisationName,
    String regionCode,
    String title,
    String category,
    BigDecimal requested,
    String summary,
    LocalDate submittedOn,
    String status,
    @Nullable BigDecimal approvedAmount,
    @Nullable LocalDate decidedOn,
    @Nullable String decisionNote,
    int reviewers,
    @Nullable BigDecimal averageScore,
    long rank,
    @Nullable String grantNumber) {

  public String categoryLabel() {
    return ProjectCategory.labelOf(category);
  }

  public String statusLabel() {
    return switch (status) {
      case "SUBMITTED" -> "待评审";
      case "APPROVED" -> "已立项";
      case "REJECTED" -> "未立项";
      default -> status;
    };
  }

  /** What an organisation (or staff for it) applies with. */
  public record Proposal(
      String title,
      @Nullable ProjectCategory category,
      @Nullable BigDecimal requested,
      String summary) {}

  /** One reviewer's score. */
  public record Score(
      String reviewer, BigDecimal score, @Nullable String remarks, LocalDate scoredOn) {}
}
