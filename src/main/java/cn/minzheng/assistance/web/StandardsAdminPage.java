package cn.minzheng.assistance.web;

import cn.minzheng.assistance.StandardInForce;
import cn.minzheng.assistance.standards.StandardAdministration;
import cn.minzheng.assistance.standards.StandardChangePreview;
import cn.minzheng.assistance.standards.StandardStore;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 救助标准: the versions per county-level area; a city administrator adds a version after a preview of
 * the households it affects.
 */
@Controller
class StandardsAdminPage {

  static final String PATH = "/assistance/admin/standards";

  private final StandardStore store;
  private final StandardAdministration administration;
  private final StandardChangePreview preview;
  private final RegionQuery regions;
  private final CurrentUser currentUser;

  StandardsAdminPage(
      StandardStore store,
      StandardAdministration administration,
      StandardChangePreview preview,
      RegionQuery regions,
      CurrentUser currentUser) {
    this.store = store;
    this.administration = administration;
    this.preview = preview;
    this.regions = regions;
    this.currentUser = currentUser;
  }

  @GetMapping(PATH)
  String list(@RequestParam(required = false) String area, Model model) {
    AssistanceRoles.require(currentUser, AssistanceRoles.STANDARD_VIEWERS);
    StandardForm form = new StandardForm();
    List<StandardInForce> all = store.all();
    if (area != null) {
      all.stream()
          .filter(s -> s.areaCode().equals(area))
          .findFirst()
          .ifPresent(s -> model.addAttribute("form", StandardForm.from(s)));
    }
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", form);
    }
    return page(model, all);
  }

  @PostMapping(PATH + "/preview")
  String preview(@ModelAttribute("form") StandardForm form, Model model) {
    requireAdmin();
    StandardInForce proposed = form.toStandard();
    if (proposed != null) {
      model.addAttribute("preview", preview.preview(proposed));
    }
    return page(model, store.all());
  }

  @PostMapping(PATH)
  String apply(
      @ModelAttribute("form") StandardForm form, Model model, RedirectAttributes redirect) {
    StaffUser admin = requireAdmin();
    StandardInForce proposed = form.toStandard();
    if (proposed == null) {
      return page(model, store.all());
    }
    if (!administration.add(proposed, admin.username())) {
      form.getErrors().add("生效日期：该区域在此日期已有标准版本，版本不可覆盖，请选择其他日期");
      return page(model, store.all());
    }
    redirect.addFlashAttribute("message", "已新增标准版本，受影响家庭的待遇将自生效月份起重新计算");
    return "redirect:" + PATH;
  }

  private String page(Model model, List<StandardInForce> all) {
    List<RegionNode> areas =
        regions.all().stream()
            .filter(n -> n.level() == RegionLevel.COUNTY && n.validTo() == null)
            .toList();
    Map<String, String> names =
        areas.stream().collect(Collectors.toMap(RegionNode::code, RegionNode::name, (a, b) -> a));
    model.addAttribute("areas", areas);
    model.addAttribute("areaNames", names);
    model.addAttribute("versions", all);
    model.addAttribute(
        "byArea", all.stream().collect(Collectors.groupingBy(StandardInForce::areaCode)));
    model.addAttribute(
        "mayEdit", currentUser.staff().map(u -> u.has(Role.CITY_ADMIN)).orElse(false));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社会救助"), Breadcrumb.here("救助标准")));
    return "assistance/standards";
  }

  private StaffUser requireAdmin() {
    return AssistanceRoles.require(currentUser, EnumSet.of(Role.CITY_ADMIN));
  }
}
