package cn.minzheng.organisations.charity;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A registered organisation recognised as 慈善组织, with its public fundraising qualification. */
public record CharityOrganisation(
    long organisationId,
    String name,
    String creditCode,
    String regionCode,
    LocalDate recognisedOn,
    String recognitionNumber,
    @Nullable LocalDate fundraisingOn,
    @Nullable String fundraisingNumber) {

  /** Whether it holds the public fundraising qualification (具有公开募捐资格). */
  public boolean publicFundraising() {
    return fundraisingOn != null;
  }
}
