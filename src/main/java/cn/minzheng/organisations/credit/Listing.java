package cn.minzheng.organisations.credit;

import cn.minzheng.organisations.credit.ListTrigger.CreditList;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One listing of an organisation on a credit list, with its removal once removed. */
public record Listing(
    long id,
    long organisationId,
    String regionCode,
    String organisationName,
    @Nullable String creditCode,
    String list,
    String trigger,
    String subject,
    String decisionNumber,
    String legalBasis,
    LocalDate listedOn,
    LocalDate lastTriggerOn,
    @Nullable LocalDate verifiedOn,
    @Nullable LocalDate removalDue,
    @Nullable String removalDecisionNumber,
    @Nullable String removalBasis,
    @Nullable LocalDate removedOn) {

  public String listLabel() {
    return CreditList.valueOf(list).label();
  }

  public String triggerLabel() {
    return ListTrigger.labelOf(trigger);
  }

  public boolean open() {
    return removedOn == null;
  }
}
