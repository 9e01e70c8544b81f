package cn.minzheng.organisations.applications;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An establishment, change or deregistration application and its decision. */
public record Application(
    long id,
    String kind,
    @Nullable Long organisationId,
    String orgKind,
    String registrationLevel,
    String regionCode,
    @Nullable String creditCode,
    @Nullable String name,
    @Nullable String domicile,
    @Nullable Long legalRepresentativeId,
    @Nullable String legalRepresentativeName,
    @Nullable String supervisingUnit,
    @Nullable String businessScope,
    @Nullable BigDecimal registeredCapital,
    String materials,
    String status,
    String submittedBy,
    LocalDate submittedOn,
    boolean online,
    @Nullable String decidedBy,
    @Nullable LocalDate decidedOn,
    @Nullable String decisionNote,
    @Nullable String certificateNumber) {

  public String kindLabel() {
    return switch (kind) {
      case "ESTABLISH" -> "成立登记";
      case "CHANGE" -> "变更登记";
      case "DEREGISTER" -> "注销登记";
      default -> kind;
    };
  }

  public String orgKindLabel() {
    return cn.minzheng.organisations.register.OrganisationKind.labelOf(orgKind);
  }

  public String levelLabel() {
    return cn.minzheng.organisations.register.RegistrationLevel.labelOf(registrationLevel);
  }

  public String statusLabel() {
    return switch (status) {
      case "SUBMITTED" -> "待审查";
      case "APPROVED" -> "准予登记";
      case "REFUSED" -> "不予登记";
      default -> status;
    };
  }
}
