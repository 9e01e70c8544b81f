package cn.minzheng.region.web;

import cn.minzheng.region.RegionKind;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.domain.RegionAdministration;
import cn.minzheng.region.domain.RegionChangeRejected;
import cn.minzheng.region.domain.RegionCommands.AddChild;
import cn.minzheng.region.domain.RegionCommands.Rename;
import cn.minzheng.region.domain.RegionCommands.Retire;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Add, rename, retire. The service checks the role (403 otherwise) and audits; refused input is
 * shown again with Chinese field errors and status 422, nothing stored.
 */
@Controller
@RequestMapping("/admin/regions/{code}")
class RegionChanges {

  private final RegionPages pages;
  private final RegionAdministration administration;

  RegionChanges(RegionPages pages, RegionAdministration administration) {
    this.pages = pages;
    this.administration = administration;
  }

  @GetMapping("/new")
  String newChild(@PathVariable String code, Model model) {
    requireModifier();
    RegionNode parent = pages.found(code);
    return childForm(parent, new AddChild(code, "", "", null, null, null), Map.of(), model);
  }

  @PostMapping("/children")
  String addChild(
      @PathVariable String code,
      @RequestParam(defaultValue = "") String childCode,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate validFrom,
      @RequestParam(required = false) String statutoryCountyCode,
      Model model,
      RedirectAttributes redirect,
      jakarta.servlet.http.HttpServletResponse response) {
    requireModifier();
    RegionNode parent = pages.found(code);
    AddChild command = new AddChild(code, childCode, name, kind, validFrom, statutoryCountyCode);
    try {
      RegionNode child = administration.addChild(command);
      redirect.addFlashAttribute("message", "已新增下级区划：" + child.name());
      return "redirect:/admin/regions/" + child.code();
    } catch (RegionChangeRejected rejected) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return childForm(parent, command, rejected.fieldErrors(), model);
    }
  }

  @PostMapping("/rename")
  String rename(
      @PathVariable String code,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate effectiveFrom,
      Model model,
      RedirectAttributes redirect,
      jakarta.servlet.http.HttpServletResponse response) {
    try {
      administration.rename(new Rename(code, name, effectiveFrom));
      redirect.addFlashAttribute("message", "已更名为：" + name.strip());
      return "redirect:/admin/regions/" + code;
    } catch (RegionChangeRejected rejected) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("errors", rejected.fieldErrors());
      model.addAttribute("renameName", name);
      return pages.detail(code, model);
    }
  }

  @PostMapping("/retire")
  String retire(
      @PathVariable String code,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate effectiveFrom,
      @RequestParam(required = false) String successorCode,
      @RequestParam(defaultValue = "false") boolean confirmed,
      Model model,
      RedirectAttributes redirect,
      jakarta.servlet.http.HttpServletResponse response) {
    try {
      administration.retire(new Retire(code, reason, effectiveFrom, successorCode, confirmed));
      redirect.addFlashAttribute("message", "已撤销该区划");
      return "redirect:/admin/regions/" + code;
    } catch (RegionChangeRejected rejected) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("errors", rejected.fieldErrors());
      model.addAttribute("retireReason", reason);
      return pages.detail(code, model);
    }
  }

  private String childForm(
      RegionNode parent, AddChild form, Map<String, String> errors, Model model) {
    RegionLevel level = parent.level().below();
    List<String> kinds =
        Arrays.stream(RegionKind.values())
            .filter(k -> k.level() == level)
            .map(RegionKind::label)
            .toList();
    model.addAttribute("parent", parent);
    model.addAttribute("form", form);
    model.addAttribute("kinds", kinds);
    model.addAttribute("zoneParent", parent.kind() == RegionKind.FUNCTIONAL_ZONE);
    model.addAttribute("errors", errors);
    List<RegionPages.Crumb> crumbs = new java.util.ArrayList<>(pages.crumbs(parent.code()));
    crumbs.add(new RegionPages.Crumb("新增下级区划", null));
    model.addAttribute("breadcrumbs", crumbs);
    return "region/new-child";
  }

  /** Before the parent is looked up: a refused role learns nothing of which codes exist. */
  private void requireModifier() {
    if (!administration.mayModify()) {
      throw new AccessDeniedException("region changes need CITY_ADMIN or SYSTEM_ADMIN");
    }
  }
}
