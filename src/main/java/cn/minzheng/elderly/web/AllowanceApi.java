package cn.minzheng.elderly.web;

import cn.minzheng.elderly.allowance.CheckStatus;
import cn.minzheng.elderly.allowance.ExistenceChecks;
import cn.minzheng.elderly.allowance.ExistenceChecks.Arrears;
import cn.minzheng.elderly.allowance.ExistenceChecks.Verifier;
import cn.minzheng.elderly.allowance.VerificationMethod;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.ProblemException;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.ChinaTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 高龄津贴 per person and the visit that counts as 生存认证, as the staff pages do them: the same roles
 * (ElderlyMenu.STAFF), a person outside the caller's region answers 404, the read of one person's
 * allowance is audited (personal data).
 */
@RestController
class AllowanceApi {

  static final String BASE = "/api/v1/elderly/allowance";

  private final CheckStatus status;
  private final ExistenceChecks checks;
  private final PersonDirectory persons;
  private final DataScope scope;
  private final ElderlyAccess access;
  private final AuditLog audit;

  AllowanceApi(
      CheckStatus status,
      ExistenceChecks checks,
      PersonDirectory persons,
      DataScope scope,
      ElderlyAccess access,
      AuditLog audit) {
    this.status = status;
    this.checks = checks;
    this.persons = persons;
    this.scope = scope;
    this.access = access;
    this.audit = audit;
  }

  @Schema(description = "一位老人的高龄津贴状态：认证到期月份、暂停月数与最近发放")
  record PersonAllowance(CheckStatus.Row status, List<CheckStatus.PaidMonth> recentPayments) {}

  @Schema(description = "走访认证：社区工作人员上门确认老人健在")
  record VisitCheck(
      @Schema(description = "人员编号") @Nullable Long personId,
      @Schema(description = "走访情况说明") @Nullable String note) {}

  @Schema(description = "认证结果：补发的暂停月份")
  record CheckRecorded(long personId, List<Arrears> arrears) {}

  @Operation(
      summary = "读取一位老人的高龄津贴状态",
      description = "本辖区内领取高龄津贴的在世老人：下次认证月份、是否逾期、暂停未补发月数及最近12个月发放；其他人答 404。读取记入审计日志。")
  @GetMapping(BASE + "/recipients/{personId}")
  PersonAllowance recipient(@PathVariable long personId) {
    access.require(ElderlyMenu.STAFF);
    CheckStatus.Row row =
        status
            .ofPerson(personId, YearMonth.from(ChinaTime.today()))
            .orElseThrow(() -> new RecordNotFoundException("allowance recipient"));
    scope.requireInScope(row.regionCode());
    audit.record(
        AuditEvent.success("elderly.allowance.read", "person", String.valueOf(personId), "接口读取"));
    return new PersonAllowance(row, status.recentPayments(personId, 12));
  }

  @Operation(
      summary = "登记走访认证（生存认证）",
      description = "社区工作人员走访确认老人健在，视为一次生存认证；暂停的月份在认证次月的名册中补发。范围外的人员答 404，已登记死亡答 422。")
  @PostMapping(BASE + "/checks")
  @ResponseStatus(HttpStatus.CREATED)
  @ApiResponse(responseCode = "201", description = "已记录，列出补发的月份")
  @ApiResponse(responseCode = "404", description = "人员不存在或不在本辖区")
  CheckRecorded recordVisit(@RequestBody VisitCheck body) {
    StaffUser user = access.require(ElderlyMenu.STAFF);
    if (body.personId() == null) {
      throw new InvalidInput("personId", "人员编号：请填写");
    }
    if (body.note() == null || body.note().isBlank()) {
      throw new InvalidInput("note", "走访情况：请填写");
    }
    PersonSummary person =
        persons.find(body.personId()).orElseThrow(() -> new RecordNotFoundException("person"));
    scope.requireInScope(person.residenceRegionCode());
    try {
      List<Arrears> arrears =
          checks.record(
              person.id(),
              ChinaTime.today(),
              VerificationMethod.VISIT,
              new Verifier(null, user.username()),
              body.note().strip());
      return new CheckRecorded(person.id(), arrears);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          HttpStatus.UNPROCESSABLE_CONTENT, "不能认证", e.getMessage(), "personId", "deceased");
    }
  }
}
