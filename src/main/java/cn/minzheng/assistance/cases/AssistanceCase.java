package cn.minzheng.assistance.cases;

import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.assistance.StandardInForce.CareLevel;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A case as read from its table. */
public record AssistanceCase(
    long id,
    String caseNo,
    AssistanceType type,
    Category category,
    long householdId,
    long applicantPersonId,
    String applicantName,
    String regionCode,
    String streetCode,
    String areaCode,
    CaseState state,
    LocalDate appliedOn,
    LocalDate deadline,
    String consentRef,
    LocalDate consentSignedOn,
    BigDecimal householdIncome,
    BigDecimal perCapitaIncome,
    Boolean assetsWithinLimits,
    String verificationRef,
    String verificationSource,
    CareLevel careLevel,
    Boolean noAbleSupporter,
    LinshiKind linshiKind,
    BigDecimal oneOffAmount,
    BigDecimal proposedAmount,
    Long proposedById,
    String proposedBy,
    LocalDate publicityFrom,
    LocalDate publicityTo,
    Long decidedById,
    String decidedBy,
    LocalDate decidedOn,
    LocalDate startMonth,
    LocalDate endMonth,
    String refusalReason,
    LocalDate noticeIssuedOn,
    String reviewFlag,
    LocalDate nextReviewOn,
    Long filedById,
    String createdBy) {

  public String typeLabel() {
    return type.label();
  }

  public String categoryLabel() {
    return category == null ? "" : category.label();
  }

  /** The working-day limit has passed while the case is still in the procedure. */
  public boolean overdueOn(LocalDate today) {
    return state.open() && today.isAfter(deadline);
  }

  /** 低保 category (分类施保) or single-person inclusion. */
  public enum Category {
    BOTTOM("兜底型"),
    SUPPORT("扶持型"),
    PROTECT("保护型"),
    SINGLE("单人户纳入");

    private final String label;

    Category(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** 临时救助 type. */
  public enum LinshiKind {
    EMERGENCY("急难型"),
    EXPENDITURE("支出型");

    private final String label;

    LinshiKind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
