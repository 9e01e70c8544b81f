package cn.minzheng.disability.web;

import cn.minzheng.disability.subsidy.NewlyEligible;
import cn.minzheng.disability.subsidy.Subsidy;
import cn.minzheng.disability.subsidy.SubsidyQueries;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 残疾人两项补贴 for staff: the newly eligible persons (免申即享) the street confirms or declines, the
 * confirmed and declined lists, and one person's subsidies with every change and its reason.
 */
@Controller
class SubsidyPages {

  static final Set<String> STATUSES = Set.of("PENDING", "CONFIRMED", "DECLINED");

  private final NewlyEligible newlyEligible;
  private final SubsidyQueries queries;
  private final PersonDirectory persons;
  private final DataScope scope;
  private final AuditLog audit;
  private final DisabilityAccess access;
  private final RegionQuery regions;

  SubsidyPages(
      NewlyEligible newlyEligible,
      SubsidyQueries queries,
      PersonDirectory persons,
      DataScope scope,
      AuditLog audit,
      DisabilityAccess access,
      RegionQuery regions) {
    this.regions = regions;
    this.newlyEligible = newlyEligible;
    this.queries = queries;
    this.persons = persons;
    this.scope = scope;
    this.audit = audit;
    this.access = access;
  }

  @GetMapping("/disability/subsidies")
  String list(
      @RequestParam(defaultValue = "PENDING") String status,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Model model) {
    StaffUser user = access.require(DisabilityAccess.STAFF);
    String safeStatus = STATUSES.contains(status) ? status : "PENDING";
    PageQuery query = PageQuery.of(page, size, sort, dir, NewlyEligible.SORTS, "first_month");
    var result = newlyEligible.list(safeStatus, query);
    model.addAttribute("result", result);
    Map<String, String> regionNames = new HashMap<>();
    for (var r : result.items()) {
      regionNames.computeIfAbsent(
          r.regionCode(), code -> regions.find(code).map(RegionNode::name).orElse(code));
    }
    model.addAttribute("regionNames", regionNames);
    model.addAttribute("status", safeStatus);
    model.addAttribute(
        "canDecide", user.roles().stream().anyMatch(DisabilityAccess.STREET::contains));
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.here("残疾人福利"), Breadcrumb.here("残疾人两项补贴")));
    return "disability/subsidies";
  }

  @PostMapping("/disability/subsidies/{personId}/{subsidy}/confirm")
  String confirm(
      @PathVariable long personId, @PathVariable String subsidy, RedirectAttributes flash) {
    StaffUser user = access.require(DisabilityAccess.STREET);
    Subsidy which = subsidy(subsidy);
    try {
      newlyEligible.confirm(personId, which, user.username());
      flash.addFlashAttribute("message", "已确认发放" + which.label());
    } catch (InvalidInput e) {
      flash.addFlashAttribute("error", first(e));
    }
    return "redirect:/disability/subsidies";
  }

  @PostMapping("/disability/subsidies/{personId}/{subsidy}/decline")
  String decline(
      @PathVariable long personId,
      @PathVariable String subsidy,
      @RequestParam(defaultValue = "") String reason,
      RedirectAttributes flash) {
    StaffUser user = access.require(DisabilityAccess.STREET);
    Subsidy which = subsidy(subsidy);
    try {
      newlyEligible.decline(personId, which, reason, user.username());
      flash.addFlashAttribute("message", "已记录不予发放");
    } catch (InvalidInput e) {
      flash.addFlashAttribute("error", first(e));
    }
    return "redirect:/disability/subsidies";
  }

  /** 批量确认: the ticked rows ("personId:SUBSIDY"), all in one transaction or none. */
  @PostMapping("/disability/subsidies/confirm-selected")
  String confirmSelected(
      @RequestParam(required = false) List<String> selected, RedirectAttributes flash) {
    StaffUser user = access.require(DisabilityAccess.STREET);
    try {
      List<NewlyEligible.Selection> keys =
          (selected == null ? List.<String>of() : selected)
              .stream().map(SubsidyPages::selection).toList();
      int n = newlyEligible.confirmSelected(keys, user.username());
      flash.addFlashAttribute("message", "已批量确认 " + n + " 人次，自符合条件之月起发放");
    } catch (InvalidInput e) {
      flash.addFlashAttribute("error", first(e));
    }
    return "redirect:/disability/subsidies";
  }

  private static NewlyEligible.Selection selection(String key) {
    int colon = key.indexOf(':');
    if (colon < 1) {
      throw new RecordNotFoundException("selection");
    }
    try {
      return new NewlyEligible.Selection(
          Long.parseLong(key.substring(0, colon)), subsidy(key.substring(colon + 1)));
    } catch (NumberFormatException e) {
      throw new RecordNotFoundException("selection");
    }
  }

  @PostMapping("/disability/subsidies/confirm-all")
  String confirmAll(RedirectAttributes flash) {
    StaffUser user = access.require(DisabilityAccess.STREET);
    int n = newlyEligible.confirmAll(user.username());
    flash.addFlashAttribute("message", "已确认 " + n + " 人次，自符合条件之月起发放");
    return "redirect:/disability/subsidies";
  }

  @GetMapping("/disability/subsidies/{personId}")
  String person(@PathVariable long personId, Model model) {
    access.require(DisabilityAccess.STAFF);
    var statuses = queries.statuses(personId);
    PersonSummary person =
        persons.find(personId).orElseThrow(() -> new RecordNotFoundException("person"));
    if (statuses.isEmpty()) {
      throw new RecordNotFoundException("recipient");
    }
    scope.requireInScope(statuses.get(0).regionCode());
    audit.record(
        AuditEvent.success("disability.subsidy.read", "person", Long.toString(personId), null));
    model.addAttribute("person", person);
    model.addAttribute("statuses", statuses);
    model.addAttribute("ratings", queries.ratings(personId));
    model.addAttribute("changes", queries.changes(personId));
    model.addAttribute("months", queries.months(personId, 36));
    model.addAttribute("corrections", queries.corrections(personId));
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("残疾人福利"),
            Breadcrumb.link("残疾人两项补贴", "/disability/subsidies"),
            Breadcrumb.here(person.name())));
    return "disability/subsidy-person";
  }

  static Subsidy subsidy(String code) {
    try {
      return Subsidy.valueOf(code);
    } catch (IllegalArgumentException e) {
      throw new RecordNotFoundException("subsidy");
    }
  }

  private static String first(InvalidInput e) {
    return e.getMessage();
  }

  static Map<String, String> statusLabels() {
    return Map.of("PENDING", "新符合条件（待确认）", "CONFIRMED", "已确认发放", "DECLINED", "不予发放");
  }
}
