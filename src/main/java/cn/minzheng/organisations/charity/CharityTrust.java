package cn.minzheng.organisations.charity;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A filed charitable trust (慈善信托) with its filing day, due day and lateness as decided. */
public record CharityTrust(
    long id,
    String name,
    String trusteeKind,
    @Nullable Long trusteeOrganisationId,
    String trusteeCreditCode,
    String trusteeName,
    String purpose,
    BigDecimal initialProperty,
    BigDecimal property,
    String regionCode,
    LocalDate signedOn,
    LocalDate filingDue,
    LocalDate filedOn,
    boolean late,
    String recordNumber,
    String status) {

  public String trusteeKindLabel() {
    return TrusteeKind.valueOf(trusteeKind).label();
  }

  public String statusLabel() {
    return switch (status) {
      case "PENDING" -> "网上备案待审核";
      case "ACTIVE" -> "存续";
      case "RETURNED" -> "已退回";
      default -> "已终止";
    };
  }

  /** A change filed for the trust. */
  public record Change(
      long id,
      long trustId,
      String what,
      @Nullable BigDecimal property,
      LocalDate signedOn,
      LocalDate filingDue,
      LocalDate filedOn,
      boolean late) {}

  /** The published yearly report. */
  public record Report(
      long id,
      long trustId,
      int year,
      BigDecimal propertyEnd,
      BigDecimal spent,
      String summary,
      LocalDate publishedOn) {}

  /** What the trustee files. */
  public record Filing(
      String name,
      TrusteeKind trusteeKind,
      @Nullable Long trusteeOrganisationId,
      @Nullable String trusteeCreditCode,
      @Nullable String trusteeName,
      String purpose,
      BigDecimal property,
      String regionCode,
      LocalDate signedOn) {}
}
