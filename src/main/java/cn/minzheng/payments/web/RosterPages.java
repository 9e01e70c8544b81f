package cn.minzheng.payments.web;

import cn.minzheng.payments.Programme;
import cn.minzheng.payments.domain.LineException;
import cn.minzheng.payments.domain.RosterExceptions;
import cn.minzheng.payments.domain.RosterFilter;
import cn.minzheng.payments.domain.RosterState;
import cn.minzheng.payments.domain.RosterSummary;
import cn.minzheng.payments.domain.Rosters;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 发放名册 list and detail pages (reading only; actions in {@link RosterActions}). */
@Controller
class RosterPages {

  static final String LIST = "/payments/rosters";

  private final Rosters rosters;
  private final PaymentsAccess access;
  private final RegionQuery regionQuery;
  private final RegionHierarchy regionNames;
  private final DataScope dataScope;
  private final ReconciliationView reconciliation;
  private final RosterExceptions exceptions;

  RosterPages(
      Rosters rosters,
      PaymentsAccess access,
      RegionQuery regionQuery,
      RegionHierarchy regionNames,
      DataScope dataScope,
      ReconciliationView reconciliation,
      RosterExceptions exceptions) {
    this.rosters = rosters;
    this.access = access;
    this.regionQuery = regionQuery;
    this.regionNames = regionNames;
    this.dataScope = dataScope;
    this.reconciliation = reconciliation;
    this.exceptions = exceptions;
  }

  @GetMapping(LIST)
  String list(
      @RequestParam(required = false) Programme programme,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) RosterState state,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Model model) {
    access.requireRosterRole();
    YearMonth ym = parseMonth(month);
    String districtCode = district == null || district.isBlank() ? null : district;
    model.addAttribute(
        "result",
        rosters.search(
            new RosterFilter(programme, ym, districtCode, state),
            PageQuery.of(page, size, sort, dir == null ? "desc" : dir, Rosters.SORTS, "month")));
    model.addAttribute("programmes", Programme.values());
    model.addAttribute("states", RosterState.values());
    model.addAttribute("districts", districtsInScope());
    model.addAttribute("programme", programme);
    model.addAttribute("month", ym == null ? "" : ym.toString());
    model.addAttribute("district", districtCode);
    model.addAttribute("state", state);
    model.addAttribute("regionNames", regionNames);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("发放名册")));
    return "payments/rosters";
  }

  @GetMapping(LIST + "/{id}")
  String detail(
      @PathVariable long id,
      @RequestParam(required = false) LineException exception,
      @RequestParam(required = false) Integer page,
      Model model) {
    access.requireRosterRole();
    RosterSummary roster = rosters.get(id);
    model.addAttribute("roster", roster);
    model.addAttribute(
        "lines",
        rosters.lines(id, exception, PageQuery.of(page, 50, "id", "asc", Rosters.SORTS, "id")));
    model.addAttribute("summary", exceptions.of(id));
    model.addAttribute("exception", exception);
    model.addAttribute("exceptionTypes", LineException.values());
    reconciliation.addTo(model, roster);
    model.addAttribute("regionNames", regionNames);
    model.addAttribute(
        "breadcrumbs",
        List.of(Breadcrumb.link("发放名册", LIST), Breadcrumb.here("名册 " + roster.id())));
    return "payments/roster";
  }

  private List<RegionNode> districtsInScope() {
    return regionQuery.all().stream()
        .filter(n -> n.level() == cn.minzheng.region.RegionLevel.COUNTY)
        .filter(n -> dataScope.permits(n.code()))
        .toList();
  }

  static YearMonth parseMonth(String month) {
    if (month == null || month.isBlank()) {
      return null;
    }
    try {
      return PlausibleDate.parseMonth(month, PlausibleDate.Span.ANY, ChinaTime.today());
    } catch (ImplausibleValueException e) {
      return null;
    }
  }
}
