package cn.minzheng.funeral.cases;

import cn.minzheng.funeral.config.BeneficiaryGroup;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A funeral subsidy case as pages and the API show it.
 *
 * @param withdrawnReason why the death that opened it was withdrawn (the case is then WITHDRAWN, or
 *     still APPROVED and {@code recoveryDue} when the subsidy had been paid)
 * @param recoveredOn when the family paid a recovery back (null while it is due)
 */
public record SubsidyCase(
    long id,
    String caseNo,
    long deceasedPersonId,
    @Nullable String deceasedName,
    LocalDate dateOfDeath,
    String regionCode,
    BeneficiaryGroup beneficiaryGroup,
    OpenedVia openedVia,
    Instant openedAt,
    CaseState state,
    @Nullable Long applicantPersonId,
    @Nullable String applicantName,
    @Nullable Instant appliedAt,
    @Nullable BigDecimal amount,
    @Nullable String proposedBy,
    @Nullable String approvedBy,
    @Nullable LocalDate payMonth,
    @Nullable String withdrawnReason,
    boolean recoveryDue,
    @Nullable LocalDate recoveredOn,
    @Nullable String recoveryNote) {

  /** A paid subsidy of a withdrawn death not yet paid back. */
  public boolean recoveryOpen() {
    return recoveryDue && recoveredOn == null;
  }
}
