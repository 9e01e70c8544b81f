package cn.minzheng.monitoring.web;

import cn.minzheng.monitoring.verification.EconomicVerification;
import cn.minzheng.monitoring.verification.VerificationRefusedException;
import cn.minzheng.monitoring.verification.VerificationReport;
import cn.minzheng.monitoring.verification.VerificationReports;
import cn.minzheng.monitoring.verification.VerificationRequest;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.IdempotentRequests;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.ProblemException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.HouseholdSummary;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.InvalidIdCardNoException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * 家庭经济状况核对 as an API for the case staff, as on the pages ({@link VerificationPages}): request a
 * report of a household as of a date (by a member's ID number, in the body, never the address),
 * read it (scope-checked and audited by {@link VerificationReports#require}), dispute one of its
 * facts. A request needs an {@code Idempotency-Key}: a retried request answers the first report.
 */
@RestController
class VerificationApi {

  static final String BASE = "/api/v1/monitoring/verifications";

  private final EconomicVerification verification;
  private final VerificationReports reports;
  private final PersonDirectory directory;
  private final DataScope scope;
  private final MonitoringAccess access;
  private final IdempotentRequests keys;
  private final JsonMapper json;

  VerificationApi(
      EconomicVerification verification,
      VerificationReports reports,
      PersonDirectory directory,
      DataScope scope,
      MonitoringAccess access,
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      JsonMapper json) {
    this.verification = verification;
    this.reports = reports;
    this.directory = directory;
    this.scope = scope;
    this.access = access;
    this.keys = new IdempotentRequests(jdbc, transactions, "monitoring.idempotency_key");
    this.json = json;
  }

  @Schema(description = "核对请求")
  record Request(
      @Schema(description = "家庭任一成员的身份证号") @Nullable String idNumber,
      @Schema(description = "核对授权书编号") @Nullable String consentRef,
      @Schema(description = "核对基准日（yyyy-MM-dd），默认今天") @Nullable LocalDate asOf) {}

  @Schema(description = "对核对报告中一项数据的异议")
  record DisputeRequest(
      @Schema(description = "报告中数据项的编号") @Nullable Long factId,
      @Schema(description = "提出人，默认“家庭成员”") @Nullable String raisedBy,
      @Schema(description = "异议理由") @Nullable String reason) {}

  @Schema(description = "已登记的异议")
  record DisputeAnswer(long id, long verificationId, long factId) {}

  @Operation(
      summary = "申请家庭经济状况核对（需 Idempotency-Key）",
      description = "按家庭成员身份证号核对其家庭在基准日的收入和财产；须有核对授权书编号。")
  @PostMapping(BASE)
  @ResponseStatus(HttpStatus.CREATED)
  ResponseEntity<VerificationReport> request(
      @Parameter(description = "幂等键（1至200个字符），重试时保持不变")
          @RequestHeader(name = "Idempotency-Key", required = false)
          @Nullable String key,
      @RequestBody Request body) {
    StaffUser user = access.requireCaseStaff();
    HouseholdSummary household = household(body.idNumber());
    if (body.consentRef() == null || body.consentRef().isBlank()) {
      throw new InvalidInput("consentRef", "核对授权书编号不能为空");
    }
    LocalDate asOf = body.asOf() == null ? ChinaTime.today() : body.asOf();
    String operation =
        "verify:"
            + household.id()
            + ":"
            + asOf
            + ":"
            + IdempotentRequests.digest(body.consentRef().strip());
    IdempotentRequests.Answer answer =
        keys.once(
            user.username(),
            key,
            operation,
            () -> {
              long id;
              try {
                id =
                    verification.verify(
                        new VerificationRequest(
                            household.id(),
                            household.regionCode(),
                            household.members().stream()
                                .map(HouseholdSummary.Member::personId)
                                .toList(),
                            asOf,
                            body.consentRef().strip(),
                            null,
                            null),
                        user.username());
              } catch (VerificationRefusedException e) {
                throw new ProblemException(
                    HttpStatus.UNPROCESSABLE_CONTENT, "核对未受理", e.getMessage(), "consentRef", null);
              }
              return new IdempotentRequests.Answer(
                  201, json.writeValueAsString(reports.require(id)));
            });
    VerificationReport report = json.readValue(answer.body(), VerificationReport.class);
    return ResponseEntity.status(answer.status())
        .header("Location", BASE + "/" + report.id())
        .body(report);
  }

  @Operation(summary = "读取核对报告", description = "辖区外的报告与不存在的一样答 404；每次读取记入审计日志。")
  @GetMapping(BASE + "/{id}")
  VerificationReport report(@PathVariable long id) {
    access.requireCaseStaff();
    return reports.require(id);
  }

  @Operation(summary = "对核对报告中的一项数据提出异议", description = "登记为待核实，转经办人员处理。")
  @PostMapping(BASE + "/{id}/disputes")
  @ResponseStatus(HttpStatus.CREATED)
  DisputeAnswer dispute(@PathVariable long id, @RequestBody DisputeRequest body) {
    access.requireCaseStaff();
    if (body.factId() == null) {
      throw new InvalidInput("factId", "请指明有异议的数据项");
    }
    try {
      long disputeId =
          reports.dispute(
              id,
              body.factId(),
              body.reason(),
              body.raisedBy() == null || body.raisedBy().isBlank() ? "家庭成员" : body.raisedBy());
      return new DisputeAnswer(disputeId, id, body.factId());
    } catch (VerificationRefusedException e) {
      throw new InvalidInput("reason", e.getMessage());
    }
  }

  /** The household of the member, in the caller's scope; else the field is named. */
  private HouseholdSummary household(@Nullable String idNumber) {
    try {
      return directory
          .findByIdNumber(IdCardNo.parse(idNumber == null ? "" : idNumber))
          .flatMap(p -> directory.householdOf(p.id()))
          .filter(h -> scope.permits(h.regionCode()))
          .orElseThrow(() -> new InvalidInput("idNumber", "未找到您辖区内该人员所在的家庭"));
    } catch (InvalidIdCardNoException e) {
      throw new InvalidInput("idNumber", "身份证号：" + e.getMessage());
    }
  }
}
