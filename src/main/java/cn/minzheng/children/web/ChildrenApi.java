package cn.minzheng.children.web;

import cn.minzheng.children.allowance.AllowanceCases;
import cn.minzheng.children.allowance.AllowanceCases.AllowanceCase;
import cn.minzheng.children.allowance.SituationRecord;
import cn.minzheng.children.protection.ProtectionCases;
import cn.minzheng.children.protection.ProtectionCases.ProtectionCase;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Children's allowance cases for staff systems: the same role rule as the pages (ChildrenRoles),
 * filtered by the caller's region (a case outside it answers 404); every read audited.
 */
@RestController
class ChildrenApi {

  private final AllowanceCases cases;
  private final ProtectionCases protection;
  private final ChildrenRoles roles;
  private final DataScope scope;
  private final AuditLog audit;

  ChildrenApi(
      AllowanceCases cases,
      ProtectionCases protection,
      ChildrenRoles roles,
      DataScope scope,
      AuditLog audit) {
    this.cases = cases;
    this.protection = protection;
    this.roles = roles;
    this.scope = scope;
    this.audit = audit;
  }

  @Operation(summary = "分页查询孤儿与事实无人抚养儿童保障案件")
  @GetMapping("/api/v1/children/cases")
  PageResult<AllowanceCase> cases(
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size) {
    roles.require(ChildrenRoles.CASE_READERS);
    RegionFilter filter = scope.current();
    String[] codes = filter.unrestricted() ? null : filter.codesArray();
    PageQuery query = PageQuery.of(page, size, null, "desc", Set.of("id"), "id");
    var selected = CasePages.parseState(state);
    List<AllowanceCase> items = cases.list(codes, selected, query.size(), query.offset());
    audit.record(
        AuditEvent.success(
            "children.case.list", "children-case", null, "API " + items.size() + " 条"));
    return new PageResult<>(items, query, cases.count(codes, selected));
  }

  record CaseDetail(AllowanceCase allowanceCase, List<SituationRecord> parentSituations) {}

  @Operation(summary = "读取儿童保障案件")
  @GetMapping("/api/v1/children/cases/{id}")
  CaseDetail detail(@PathVariable long id) {
    roles.require(ChildrenRoles.CASE_READERS);
    AllowanceCase c = cases.get(id);
    scope.requireInScope(c.regionCode());
    audit.record(
        AuditEvent.success("children.case.read", "children-case", String.valueOf(id), "API"));
    return new CaseDetail(c, cases.situations(id));
  }

  /** Open protection cases (or all): child-protection roles, the county and the city only. */
  @Operation(summary = "查询未成年人保护个案")
  @GetMapping("/api/v1/children/protection-cases")
  List<ProtectionCase> protectionCases(
      @RequestParam(required = false, defaultValue = "false") boolean all) {
    roles.require(ChildrenRoles.PROTECTION);
    RegionFilter filter = scope.current();
    List<ProtectionCase> items =
        protection.list(filter.unrestricted() ? null : filter.codesArray(), !all, 500);
    audit.record(
        AuditEvent.success(
            "children.protection.list", "children-protection", null, "API " + items.size() + " 条"));
    return items;
  }

  record ProtectionDetail(
      ProtectionCase protectionCase,
      List<ProtectionCases.Referral> referrals,
      List<ProtectionCases.FollowUp> followUps) {}

  @Operation(summary = "读取未成年人保护个案")
  @GetMapping("/api/v1/children/protection-cases/{id}")
  ProtectionDetail protectionCase(@PathVariable long id) {
    roles.require(ChildrenRoles.PROTECTION);
    ProtectionCase c = protection.get(id);
    scope.requireInScope(c.regionCode());
    audit.record(
        AuditEvent.success(
            "children.protection.read", "children-protection", String.valueOf(id), "API"));
    return new ProtectionDetail(c, protection.referrals(id), protection.followUps(id));
  }
}
