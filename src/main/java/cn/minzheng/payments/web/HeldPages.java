package cn.minzheng.payments.web;

import cn.minzheng.payments.Programme;
import cn.minzheng.payments.domain.HeldPayments;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionQuery;
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
 * 暂缓发放: the payments held for want of a valid account, and recording the payee's account (the next
 * roster run of the programme then pays them, once).
 */
@Controller
class HeldPages {

  static final String LIST = "/payments/held";
  private static final Set<String> SORTS = Set.of("id");

  private final HeldPayments held;
  private final PaymentsAccess access;
  private final RegionQuery regionQuery;
  private final RegionHierarchy regionNames;
  private final DataScope dataScope;

  HeldPages(
      HeldPayments held,
      PaymentsAccess access,
      RegionQuery regionQuery,
      RegionHierarchy regionNames,
      DataScope dataScope) {
    this.held = held;
    this.access = access;
    this.regionQuery = regionQuery;
    this.regionNames = regionNames;
    this.dataScope = dataScope;
  }

  @GetMapping(LIST)
  String list(
      @RequestParam(required = false) Programme programme,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) Integer page,
      Model model) {
    access.requireRosterRole();
    String districtCode = district == null || district.isBlank() ? null : district;
    model.addAttribute(
        "result",
        held.search(programme, districtCode, PageQuery.of(page, 50, "id", "asc", SORTS, "id")));
    model.addAttribute("programmes", Programme.values());
    model.addAttribute("programme", programme);
    model.addAttribute(
        "districts",
        regionQuery.all().stream()
            .filter(n -> n.level() == RegionLevel.COUNTY && dataScope.permits(n.code()))
            .toList());
    model.addAttribute("district", districtCode);
    model.addAttribute("regionNames", regionNames);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("暂缓发放")));
    return "payments/held";
  }

  @PostMapping(LIST + "/{personId}/account")
  String recordAccount(
      @PathVariable long personId,
      @RequestParam(required = false) String holderName,
      @RequestParam(required = false) String bankName,
      @RequestParam(required = false) String accountNumber,
      RedirectAttributes flash) {
    access.requireRosterRole();
    try {
      held.recordAccount(
          personId, new HeldPayments.AccountForm(holderName, bankName, accountNumber));
      flash.addFlashAttribute("message", "收款账户已登记，暂缓的款项将在该项目下次生成的名册中补发。");
    } catch (InvalidInput e) {
      Map<String, String> errors = new HashMap<>();
      e.fieldMessages().forEach(f -> errors.put(f.field(), f.message()));
      flash.addFlashAttribute("error", "收款账户未登记：" + e.getMessage());
      flash.addFlashAttribute("errorPerson", personId);
      flash.addFlashAttribute("fieldErrors", errors);
    }
    return "redirect:" + LIST;
  }
}
