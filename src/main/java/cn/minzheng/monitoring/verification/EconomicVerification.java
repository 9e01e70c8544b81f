package cn.minzheng.monitoring.verification;

import cn.minzheng.assistance.AssistanceStandards;
import cn.minzheng.assistance.StandardInForce;
import cn.minzheng.monitoring.feeds.FeedType;
import cn.minzheng.monitoring.verification.AssetRules.AssetResult;
import cn.minzheng.monitoring.verification.HouseholdFacts.UsedFact;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 家庭经济状况核对: collects every member's facts known at the as-of date, computes the household and
 * per-capita monthly income and the asset rules, concludes against the 低保 standard and stores the
 * report with the facts it used (so it can be shown again exactly). Refused without a signed
 * authorisation.
 */
@Service
public class EconomicVerification {

  private final HouseholdFacts facts;
  private final AssetRules assetRules;
  private final SourceFreshness sources;
  private final ObjectProvider<AssistanceStandards> standards;
  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final int validityMonths;

  EconomicVerification(
      HouseholdFacts facts,
      AssetRules assetRules,
      SourceFreshness sources,
      ObjectProvider<AssistanceStandards> standards,
      JdbcClient jdbc,
      AuditLog audit,
      @Value("${minzheng.monitoring.verification.validity-months:6}") int validityMonths) {
    this.facts = facts;
    this.assetRules = assetRules;
    this.sources = sources;
    this.standards = standards;
    this.jdbc = jdbc;
    this.audit = audit;
    this.validityMonths = validityMonths;
  }

  @Transactional
  public long verify(VerificationRequest request, String by) {
    if (request.consentRef() == null || request.consentRef().isBlank()) {
      throw new VerificationRefusedException("未取得申请人签署的核对授权书，不能进行家庭经济状况核对");
    }
    if (request.memberPersonIds().isEmpty()) {
      throw new VerificationRefusedException("家庭成员不能为空");
    }
    int members = request.memberPersonIds().size();
    List<UsedFact> used = facts.collect(request.memberPersonIds(), request.asOf());
    BigDecimal income =
        used.stream()
            .filter(f -> f.counted() && f.income() && f.amount() != null)
            .map(UsedFact::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal perCapita = income.divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
    var inForce = inForce(request);
    BigDecimal standard = inForce.map(StandardInForce::dibaoStandard).orElse(null);
    List<AssetResult> assets = assetRules.apply(used, members, inForce.orElse(null));
    boolean assetsOk = assets.stream().allMatch(AssetResult::passed);
    List<FeedType> silent = sources.silent();
    String missing =
        silent.isEmpty() ? null : String.join("、", silent.stream().map(FeedType::label).toList());
    boolean complete =
        standard != null && silent.isEmpty() && assets.stream().allMatch(AssetResult::evaluable);
    String conclusion = VerificationConclusion.of(perCapita, standard, assetsOk);
    if (missing != null) {
      conclusion = "数据源未按期报送（" + missing + "），需人工补充核对；" + conclusion;
    }
    long id =
        jdbc.sql(
                """
                insert into monitoring.verification (household_id, region_code, case_id, consent_ref,
                  as_of, member_count, household_income, per_capita_income, standard, assets_ok,
                  conclusion, complete, valid_until, previous_id, requested_by, missing_sources)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                request.householdId(),
                request.regionCode(),
                request.caseId(),
                request.consentRef(),
                request.asOf(),
                members,
                income,
                perCapita,
                standard,
                assetsOk,
                conclusion,
                complete,
                request.asOf().plusMonths(validityMonths),
                request.previousId(),
                by,
                missing)
            .query(Long.class)
            .single();
    store(id, used, assets);
    audit.record(
        AuditEvent.success(
            "monitoring.verification.create",
            "verification",
            String.valueOf(id),
            "household " + request.householdId() + ", facts " + used.size()));
    return id;
  }

  private Optional<StandardInForce> inForce(VerificationRequest request) {
    AssistanceStandards source = standards.getIfAvailable();
    return source == null ? Optional.empty() : source.inForce(request.regionCode(), request.asOf());
  }

  private void store(long id, List<UsedFact> used, List<AssetResult> assets) {
    for (UsedFact f : used) {
      jdbc.sql(
              "insert into monitoring.verification_fact (verification_id, fact_id, counted)"
                  + " values (?, ?, ?)")
          .params(id, f.id(), f.counted())
          .update();
    }
    for (AssetResult a : assets) {
      jdbc.sql(
              "insert into monitoring.verification_asset (verification_id, rule_code, label, value,"
                  + " limit_value, passed) values (?, ?, ?, ?, ?, ?)")
          .params(id, a.code(), a.label(), a.value(), a.limit(), a.passed())
          .update();
    }
  }
}
