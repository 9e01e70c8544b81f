package cn.minzheng.region.web;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.domain.RegionAdministration;
import cn.minzheng.region.domain.RegionTree;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** 行政区划 pages for reading: the tree (expanded with htmx) and a node's detail. Any staff. */
@Controller
@RequestMapping("/admin/regions")
class RegionPages {

  static final String CITY = "510100000000";

  private final RegionTree tree;
  private final RegionAdministration administration;
  private final CurrentUser currentUser;

  RegionPages(RegionTree tree, RegionAdministration administration, CurrentUser currentUser) {
    this.tree = tree;
    this.administration = administration;
    this.currentUser = currentUser;
  }

  @GetMapping
  String tree(Model model) {
    requireStaff();
    RegionNode city = found(CITY);
    model.addAttribute("root", city);
    model.addAttribute("nodes", tree.children(CITY));
    model.addAttribute("today", today());
    model.addAttribute("breadcrumbs", List.of(new Crumb("行政区划", null)));
    return "region/tree";
  }

  @GetMapping("/{code}/children")
  String children(@PathVariable String code, Model model) {
    requireStaff();
    found(code);
    model.addAttribute("nodes", tree.children(code));
    model.addAttribute("today", today());
    return "region/tree :: children";
  }

  @GetMapping("/{code}")
  String detail(@PathVariable String code, Model model) {
    requireStaff();
    RegionNode node = found(code);
    model.addAttribute("node", node);
    model.addAttribute("path", tree.path(code));
    model.addAttribute("children", tree.children(code));
    model.addAttribute("history", administration.nameHistory(code));
    model.addAttribute("nameValidFrom", administration.nameValidFrom(code));
    model.addAttribute(
        "successor", node.successorCode() == null ? null : tree.nameOf(node.successorCode()));
    model.addAttribute("mayModify", administration.mayModify());
    model.addAttribute("today", today());
    model.addAttribute("breadcrumbs", crumbs(code));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    return "region/detail";
  }

  List<Crumb> crumbs(String code) {
    List<Crumb> crumbs = new java.util.ArrayList<>();
    crumbs.add(new Crumb("行政区划", "/admin/regions"));
    tree.path(code).forEach(n -> crumbs.add(new Crumb(n.name(), "/admin/regions/" + n.code())));
    return crumbs;
  }

  RegionNode found(String code) {
    return tree.find(code).orElseThrow(() -> new RecordNotFoundException("region node"));
  }

  void requireStaff() {
    if (currentUser.staff().isEmpty()) {
      throw new AccessDeniedException("staff only");
    }
  }

  static LocalDate today() {
    return ChinaTime.today();
  }

  /** A breadcrumb of the layout. */
  record Crumb(String label, String path) {}
}
