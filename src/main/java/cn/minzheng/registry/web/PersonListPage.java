package cn.minzheng.registry.web;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.registry.domain.search.PersonCriteria;
import cn.minzheng.registry.domain.search.PersonSearch;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** 人员查询: the search form and the scope-filtered, paged and sorted list. */
@Controller
class PersonListPage {

  private final PersonSearch search;
  private final RegionOptions regions;
  private final RegistryAccess access;

  PersonListPage(PersonSearch search, RegionOptions regions, RegistryAccess access) {
    this.search = search;
    this.regions = regions;
    this.access = access;
  }

  @GetMapping("/registry/persons")
  String list(@ModelAttribute("params") PersonSearchParams params, Model model) {
    access.requireStaff();
    PersonCriteria criteria = params.criteria();
    model.addAttribute("criteria", criteria);
    model.addAttribute("result", search.search(criteria));
    model.addAttribute("regionOptions", regions.forCurrentUser());
    model.addAttribute("regionNames", regions);
    model.addAttribute("links", new PersonListLinks(params));
    model.addAttribute(
        "breadcrumbs", List.of(new Breadcrumb("人口与家庭", null), new Breadcrumb("人员查询", null)));
    return "registry/persons";
  }
}
