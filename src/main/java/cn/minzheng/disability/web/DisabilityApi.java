package cn.minzheng.disability.web;

import cn.minzheng.disability.subsidy.NewlyEligible;
import cn.minzheng.disability.subsidy.NewlyEligible.Recipient;
import cn.minzheng.disability.subsidy.SubsidyQueries;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Disability API for staff, same role rule as the pages, filtered by the caller's region: a person
 * outside it answers 404 (problem details).
 */
@RestController
class DisabilityApi {

  private final NewlyEligible recipients;
  private final SubsidyQueries queries;
  private final DataScope scope;
  private final AuditLog audit;
  private final DisabilityAccess access;

  DisabilityApi(
      NewlyEligible recipients,
      SubsidyQueries queries,
      DataScope scope,
      AuditLog audit,
      DisabilityAccess access) {
    this.recipients = recipients;
    this.queries = queries;
    this.scope = scope;
    this.audit = audit;
    this.access = access;
  }

  /** Subsidy recipients of one status (PENDING: the newly eligible), paged. */
  @Operation(summary = "分页查询两项补贴享受人员")
  @GetMapping("/api/v1/disability/subsidy-recipients")
  PageResult<Recipient> list(
      @RequestParam(defaultValue = "CONFIRMED") String status,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir) {
    access.require(DisabilityAccess.STAFF);
    String safe = SubsidyPages.STATUSES.contains(status) ? status : "CONFIRMED";
    return recipients.list(
        safe, PageQuery.of(page, size, sort, dir, NewlyEligible.SORTS, "first_month"));
  }

  /** One person's subsidies: status, ratings, months, changes with reasons, corrections. */
  record PersonSubsidies(
      long personId,
      List<SubsidyQueries.Status> statuses,
      List<SubsidyQueries.Rating> ratings,
      List<SubsidyQueries.Month> months,
      List<SubsidyQueries.Change> changes,
      List<SubsidyQueries.Correction> corrections) {}

  @Operation(summary = "读取一人的两项补贴状态")
  @GetMapping("/api/v1/disability/subsidy-recipients/{personId}")
  PersonSubsidies person(@PathVariable long personId) {
    access.require(DisabilityAccess.STAFF);
    var statuses = queries.statuses(personId);
    if (statuses.isEmpty()) {
      throw new RecordNotFoundException("recipient");
    }
    scope.requireInScope(statuses.get(0).regionCode());
    audit.record(
        AuditEvent.success("disability.subsidy.read", "person", Long.toString(personId), "api"));
    return new PersonSubsidies(
        personId,
        statuses,
        queries.ratings(personId),
        queries.months(personId, 36),
        queries.changes(personId),
        queries.corrections(personId));
  }
}
