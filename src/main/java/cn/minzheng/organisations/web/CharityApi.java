package cn.minzheng.organisations.web;

import cn.minzheng.organisations.charity.CharityOrganisation;
import cn.minzheng.organisations.charity.CharityOrganisations;
import cn.minzheng.organisations.charity.CharityProject;
import cn.minzheng.organisations.charity.CharityProjects;
import cn.minzheng.organisations.charity.CharityTrust;
import cn.minzheng.organisations.charity.CharityTrusts;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 慈善 API: the charitable trusts of the caller's region (paged, late filings filter), one trust with
 * its changes and published reports, the charity organisations and the community charity projects.
 * Same role rule as the register (city, district, street); another region's trust answers 404.
 */
@RestController
class CharityApi {

  private final OrganisationAccess access;
  private final CharityTrusts trusts;
  private final CharityOrganisations charities;
  private final CharityProjects projects;
  private final DataScope scope;
  private final AuditLog audit;

  CharityApi(
      OrganisationAccess access,
      CharityTrusts trusts,
      CharityOrganisations charities,
      CharityProjects projects,
      DataScope scope,
      AuditLog audit) {
    this.access = access;
    this.trusts = trusts;
    this.charities = charities;
    this.projects = projects;
    this.scope = scope;
    this.audit = audit;
  }

  /** One trust with its filed changes and its published yearly reports. */
  record TrustDetail(
      CharityTrust trust, List<CharityTrust.Change> changes, List<CharityTrust.Report> reports) {}

  @Operation(summary = "分页查询慈善信托")
  @GetMapping("/api/v1/organisations/trusts")
  PageResult<CharityTrust> trusts(
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "false") boolean late,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    access.require(OrganisationAccess.READ);
    return trusts.page(
        scope.current(),
        q,
        late,
        PageQuery.of(page, size, null, null, Set.of("signed_on"), "signed_on"));
  }

  @Operation(summary = "读取慈善信托")
  @GetMapping("/api/v1/organisations/trusts/{id}")
  TrustDetail trust(@PathVariable long id) {
    access.require(OrganisationAccess.READ);
    CharityTrust t =
        trusts.find(id).orElseThrow(() -> new RecordNotFoundException("charity trust"));
    scope.requireInScope(t.regionCode());
    audit.record(AuditEvent.success("organisations.trust.read", "charity_trust", "" + id, "api"));
    return new TrustDetail(t, trusts.changes(id), trusts.reports(id));
  }

  @Operation(summary = "分页查询慈善组织")
  @GetMapping("/api/v1/organisations/charities")
  PageResult<CharityOrganisation> charities(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    access.require(OrganisationAccess.READ);
    return charities.page(
        scope.current(), q, PageQuery.of(page, size, null, null, Set.of("id"), "id"));
  }

  @Operation(summary = "分页查询慈善项目")
  @GetMapping("/api/v1/organisations/charity-projects")
  PageResult<CharityProject> projects(
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "false") boolean brand,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    access.require(OrganisationAccess.READ);
    return projects.page(
        scope.current(), q, brand, PageQuery.of(page, size, null, null, Set.of("id"), "id"));
  }
}
