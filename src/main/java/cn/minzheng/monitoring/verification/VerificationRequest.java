package cn.minzheng.monitoring.verification;

import java.time.LocalDate;
import java.util.List;

/**
 * What to verify: a household's members as of a date, with the signed authorisation (consent) and
 * optionally the assistance case asking; {@code previousId} for a re-check.
 */
public record VerificationRequest(
    long householdId,
    String regionCode,
    List<Long> memberPersonIds,
    LocalDate asOf,
    String consentRef,
    Long caseId,
    Long previousId) {}
