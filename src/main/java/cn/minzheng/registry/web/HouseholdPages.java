package cn.minzheng.registry.web;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.registry.Relationship;
import cn.minzheng.registry.domain.household.HouseholdDetail;
import cn.minzheng.registry.domain.household.HouseholdService;
import cn.minzheng.registry.domain.person.PersonService;
import cn.minzheng.registry.domain.search.HouseholdSearch;
import cn.minzheng.registry.domain.validation.RegistryValidationException;
import cn.minzheng.shared.ChinaTime;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 家庭查询, new household, household detail. Restructuring forms post to {@link HouseholdActions}. */
@Controller
class HouseholdPages {

  private final HouseholdSearch search;
  private final HouseholdService households;
  private final PersonService persons;
  private final RegionOptions regions;
  private final RegistryAccess access;

  HouseholdPages(
      HouseholdSearch search,
      HouseholdService households,
      PersonService persons,
      RegionOptions regions,
      RegistryAccess access) {
    this.search = search;
    this.households = households;
    this.persons = persons;
    this.regions = regions;
    this.access = access;
  }

  @GetMapping("/registry/households")
  String list(
      @RequestParam(required = false) String number,
      @RequestParam(required = false) String regionCode,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    access.requireStaff();
    model.addAttribute("number", number);
    model.addAttribute("regionCode", regionCode);
    model.addAttribute("result", search.search(number, regionCode, page, 20));
    model.addAttribute("regionOptions", regions.forCurrentUser());
    model.addAttribute("regionNames", regions);
    model.addAttribute(
        "breadcrumbs", List.of(new Breadcrumb("人口与家庭", null), new Breadcrumb("家庭查询", null)));
    return "registry/households";
  }

  @GetMapping("/registry/households/new")
  String newForm(Model model) {
    access.requireStaff();
    return renderNew(model, Map.of(), Map.of());
  }

  @PostMapping("/registry/households")
  String create(
      @RequestParam(required = false) String regionCode,
      @RequestParam(required = false) String address,
      @RequestParam(required = false) String headIdNumber,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    access.requireStaff();
    try {
      long head = persons.requireVisibleIdByIdNumber("headIdNumber", headIdNumber);
      long id = households.create(regionCode, address, head, today());
      redirect.addFlashAttribute("message", "已新建家庭");
      return "redirect:/registry/households/" + id;
    } catch (RegistryValidationException e) {
      response.setStatus(422);
      return renderNew(
          model,
          PersonFormPage.errors(e.errors()),
          Map.of("regionCode", nz(regionCode), "address", nz(address)));
    }
  }

  private String renderNew(Model model, Map<String, String> errors, Map<String, String> input) {
    model.addAttribute("errors", errors);
    model.addAttribute("input", input);
    model.addAttribute(
        "breadcrumbs",
        List.of(new Breadcrumb("家庭查询", "/registry/households"), new Breadcrumb("新建家庭", null)));
    return "registry/household-new";
  }

  @GetMapping("/registry/households/{id}")
  String show(@PathVariable long id, Model model) {
    access.requireStaff();
    HouseholdDetail detail = households.detail(id);
    model.addAttribute("detail", detail);
    model.addAttribute("h", detail.household());
    model.addAttribute("relationships", Relationship.values());
    model.addAttribute("regionNames", regions);
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
    }
    model.addAttribute(
        "breadcrumbs",
        List.of(
            new Breadcrumb("家庭查询", "/registry/households"),
            new Breadcrumb("户号 " + detail.household().number(), null)));
    return "registry/household";
  }

  static LocalDate today() {
    return ChinaTime.today();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
