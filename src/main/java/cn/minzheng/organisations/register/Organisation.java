package cn.minzheng.organisations.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An organisation of the register as it stands today. */
public record Organisation(
    long id,
    String kind,
    @Nullable String creditCode,
    boolean creditCodeFlagged,
    String name,
    String domicile,
    String regionCode,
    @Nullable Long legalRepresentativeId,
    String legalRepresentativeName,
    @Nullable String supervisingUnit,
    String registrationLevel,
    String businessScope,
    @Nullable BigDecimal registeredCapital,
    String status,
    @Nullable String certificateNumber,
    LocalDate registeredOn) {

  public String kindLabel() {
    return OrganisationKind.labelOf(kind);
  }

  public String statusLabel() {
    return OrganisationStatus.labelOf(status);
  }

  public String levelLabel() {
    return RegistrationLevel.labelOf(registrationLevel);
  }

  /** One dated change of the register. */
  public record Change(
      String field,
      @Nullable String oldValue,
      @Nullable String newValue,
      LocalDate effectiveOn,
      @Nullable String note,
      String byUser) {

    public String fieldLabel() {
      return Facts.labelOf(field);
    }
  }
}
