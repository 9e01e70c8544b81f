package cn.minzheng.elderly.web;

import cn.minzheng.elderly.homeservice.HomeServiceRejected;
import cn.minzheng.elderly.modification.ModificationBoard;
import cn.minzheng.elderly.modification.ModificationCases;
import cn.minzheng.elderly.modification.ModificationCatalogue;
import cn.minzheng.elderly.modification.ModificationStatus;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 适老化改造: the status board, cases of the caller's region, application and each step. */
@Controller
class ModificationPages {

  private final ModificationBoard board;
  private final ModificationCases cases;
  private final ModificationCatalogue catalogue;
  private final ElderLookup elders;
  private final DataScope scope;
  private final RegionHierarchy regions;
  private final ElderlyAccess access;

  ModificationPages(
      ModificationBoard board,
      ModificationCases cases,
      ModificationCatalogue catalogue,
      ElderLookup elders,
      DataScope scope,
      RegionHierarchy regions,
      ElderlyAccess access) {
    this.board = board;
    this.cases = cases;
    this.catalogue = catalogue;
    this.elders = elders;
    this.scope = scope;
    this.access = access;
    this.regions = regions;
  }

  @GetMapping("/elderly/modification")
  String show(Model model) {
    access.require(ElderlyMenu.STAFF);
    LocalDate today = ChinaTime.today();
    model.addAttribute("counts", board.counts(scope.current()));
    model.addAttribute(
        "doneThisYear", board.householdsDone(scope.current(), today.withDayOfYear(1), today));
    model.addAttribute("cases", board.cases(scope.current(), 200));
    model.addAttribute("catalogue", catalogue.entries());
    model.addAttribute(
        "steps",
        List.of(
            ModificationStatus.PLANNED,
            ModificationStatus.IN_WORKS,
            ModificationStatus.ACCEPTED,
            ModificationStatus.SUBSIDISED,
            ModificationStatus.REJECTED));
    model.addAttribute("regions", regions);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("养老服务"), Breadcrumb.here("适老化改造")));
    return "elderly/modification";
  }

  @PostMapping("/elderly/modification/apply")
  String apply(@RequestParam String idNumber, Model model) {
    StaffUser user = access.require(ElderlyMenu.STAFF);
    try {
      long id = cases.apply(elders.inScope(idNumber), ChinaTime.today(), user.username());
      model.addAttribute("message", "已受理申请，编号 " + id);
    } catch (HomeServiceRejected | IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
    } catch (RecordNotFoundException e) {
      model.addAttribute("error", "身份证号：本辖区内未找到该人员");
    }
    return show(model);
  }

  static final Set<String> BUREAU_STEPS = Set.of("SUBSIDISED", "REJECTED");

  @PostMapping("/elderly/modification/step")
  String step(
      @RequestParam long caseId,
      @RequestParam String to,
      @RequestParam Map<String, String> form,
      Model model) {
    // granting or refusing the subsidy is the bureau's decision: checked before the case is read
    StaffUser user =
        access.require(BUREAU_STEPS.contains(to) ? ElderlyMenu.BUREAU : ElderlyMenu.STAFF);
    requireVisible(caseId);
    try {
      if ("ASSESSED".equals(to)) {
        Map<String, Integer> items = new HashMap<>();
        form.forEach(
            (k, v) -> {
              if (k.startsWith("qty_") && v != null && v.matches("\\d{1,4}")) {
                items.put(k.substring(4), Integer.valueOf(v));
              }
            });
        cases.assess(caseId, items, user.username());
      } else {
        cases.step(caseId, ModificationStatus.valueOf(to), form.get("note"), user.username());
      }
      model.addAttribute("message", "已办理");
    } catch (HomeServiceRejected | IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
    }
    return show(model);
  }

  private void requireVisible(long caseId) {
    scope.requireInScope(
        board.regionOf(caseId).orElseThrow(() -> new RecordNotFoundException("case")));
  }
}
