package cn.minzheng.organisations.web;

import cn.minzheng.organisations.credit.CreditLists;
import cn.minzheng.organisations.credit.Listing;
import cn.minzheng.organisations.register.Organisation;
import cn.minzheng.organisations.register.OrganisationQueries;
import cn.minzheng.organisations.reports.AnnualReport;
import cn.minzheng.organisations.reports.AnnualReports;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.Role;
import io.swagger.v3.oas.annotations.Operation;
import java.util.EnumSet;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 社会组织 API: the register of the caller's region (paged), one organisation with its listings, and
 * its annual reports. Same role rule as the pages; an organisation's own account reads its own
 * organisation only (another's answers 404).
 */
@RestController
class OrganisationsApi {

  private final OrganisationAccess access;
  private final OrganisationQueries queries;
  private final AnnualReports reports;
  private final CreditLists lists;
  private final DataScope scope;
  private final AuditLog audit;

  OrganisationsApi(
      OrganisationAccess access,
      OrganisationQueries queries,
      AnnualReports reports,
      CreditLists lists,
      DataScope scope,
      AuditLog audit) {
    this.access = access;
    this.queries = queries;
    this.reports = reports;
    this.lists = lists;
    this.scope = scope;
    this.audit = audit;
  }

  /** One organisation with its current and past listings. */
  record Detail(Organisation organisation, List<Listing> listings) {}

  @Operation(summary = "分页查询社会组织")
  @GetMapping("/api/v1/organisations")
  PageResult<Organisation> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    access.require(OrganisationAccess.READ);
    return queries.page(
        scope.current(),
        q,
        kind,
        status,
        PageQuery.of(page, size, "name", "asc", OrganisationQueries.SORTS, "name"));
  }

  @Operation(summary = "读取社会组织")
  @GetMapping("/api/v1/organisations/{id}")
  Detail detail(@PathVariable long id) {
    access.require(READERS);
    Organisation o = access.readable(id);
    audit.record(AuditEvent.success("organisations.read", "organisation", "" + id, "api"));
    return new Detail(o, lists.of(o.id()));
  }

  @Operation(summary = "读取社会组织的年度报告")
  @GetMapping("/api/v1/organisations/{id}/reports")
  List<AnnualReport> reports(@PathVariable long id) {
    access.require(READERS);
    Organisation o = access.readable(id);
    return reports.of(o.id());
  }

  private static final EnumSet<Role> READERS =
      EnumSet.of(
          Role.CITY_ADMIN,
          Role.DISTRICT_APPROVER,
          Role.STREET_CASEWORKER,
          Role.ORGANISATION_ACCOUNT);
}
