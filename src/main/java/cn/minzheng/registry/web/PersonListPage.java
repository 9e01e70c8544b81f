package cn.minzheng.registry.web;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.registry.domain.search.PageResult;
import cn.minzheng.registry.domain.search.PersonCriteria;
import cn.minzheng.registry.domain.search.PersonSearch;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 人员查询: the search form and the scope-filtered, paged and sorted list. The form is posted, so an ID
 * number never travels in an address (proxies and access logs keep addresses); the list is then
 * shown under a short-lived token that stands for the number in this session only.
 */
@Controller
class PersonListPage {

  private final PersonSearch search;
  private final RegionOptions regions;
  private final RegistryAccess access;
  private final IdNumberSearches idSearches;

  PersonListPage(
      PersonSearch search,
      RegionOptions regions,
      RegistryAccess access,
      IdNumberSearches idSearches) {
    this.search = search;
    this.regions = regions;
    this.access = access;
    this.idSearches = idSearches;
  }

  @PostMapping("/registry/persons/search")
  String search(@ModelAttribute PersonSearchParams params, HttpSession session) {
    access.requireStaff();
    PersonSearchParams listed =
        params.hasIdNumber()
            ? params.withId(null, idSearches.hold(session, params.idNumber().strip()))
            : params.withId(null, null);
    return "redirect:" + new PersonListLinks(listed).current();
  }

  @GetMapping("/registry/persons")
  String list(
      @ModelAttribute("params") PersonSearchParams params,
      HttpSession session,
      HttpServletResponse response,
      Model model) {
    access.requireStaff();
    PersonSearchParams shown;
    try {
      shown = idSearches.resolve(params, session);
      PersonCriteria criteria = shown.criteria();
      model.addAttribute("criteria", criteria);
      model.addAttribute("result", search.search(criteria));
    } catch (IdNumberSearches.RefusedSearch e) {
      shown = params.withId(null, null);
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("searchError", e.getMessage());
      model.addAttribute("result", new PageResult<>(List.of(), 0, 20, 0, false));
    }
    model.addAttribute("params", shown);
    model.addAttribute("regionOptions", regions.forCurrentUser());
    model.addAttribute("regionNames", regions);
    model.addAttribute("links", new PersonListLinks(shown));
    model.addAttribute(
        "breadcrumbs", List.of(new Breadcrumb("人口与家庭", null), new Breadcrumb("人员查询", null)));
    return "registry/persons";
  }
}
