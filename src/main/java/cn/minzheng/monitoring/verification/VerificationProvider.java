package cn.minzheng.monitoring.verification;

import cn.minzheng.assistance.EconomicVerificationProvider;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import org.springframework.stereotype.Component;

/**
 * The automated 核对 for the assistance workflow's verification step. Refuses (throws {@link
 * VerificationRefusedException}) without the authorisation; {@code complete} is false when the 低保
 * standard or an asset rule could not be evaluated, so the caseworker falls back to manual entry.
 */
@Component
class VerificationProvider implements EconomicVerificationProvider {

  private final EconomicVerification verification;
  private final VerificationReports reports;
  private final PersonDirectory directory;

  VerificationProvider(
      EconomicVerification verification, VerificationReports reports, PersonDirectory directory) {
    this.verification = verification;
    this.reports = reports;
    this.directory = directory;
  }

  @Override
  public Result verify(Request request) {
    String region =
        directory
            .householdOf(request.memberPersonIds().get(0))
            .map(h -> h.regionCode())
            .or(
                () ->
                    directory
                        .find(request.memberPersonIds().get(0))
                        .map(PersonSummary::residenceRegionCode))
            .orElseThrow(() -> new VerificationRefusedException("家庭成员不存在"));
    long id =
        verification.verify(
            new VerificationRequest(
                request.householdId(),
                region,
                request.memberPersonIds(),
                request.asOf(),
                request.consentRef(),
                request.caseId(),
                null),
            request.requestedBy());
    var stored = reports.summary(id);
    return new Result(
        "HD-" + id,
        stored.householdIncome(),
        stored.perCapitaIncome(),
        stored.assetsOk(),
        stored.conclusion(),
        stored.validUntil(),
        stored.complete());
  }
}
