package cn.minzheng.organisations.web;

import cn.minzheng.organisations.applications.Applications;
import cn.minzheng.organisations.register.Facts;
import cn.minzheng.organisations.register.OrganisationKind;
import cn.minzheng.organisations.register.Organisations;
import cn.minzheng.organisations.register.RegistrationLevel;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.region.RegionQuery;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 成立/变更/注销申请: the counter takes an establishment with its materials; the authority of the
 * registration level decides every application (approval enters the organisation with its
 * certificate number).
 */
@Controller
class ApplicationPages {

  static final String PATH = "/organisations/applications";

  private final OrganisationAccess access;
  private final Applications applications;
  private final Organisations organisations;
  private final DataScope scope;
  private final RegionQuery regions;

  ApplicationPages(
      OrganisationAccess access,
      Applications applications,
      Organisations organisations,
      DataScope scope,
      RegionQuery regions) {
    this.regions = regions;
    this.access = access;
    this.applications = applications;
    this.organisations = organisations;
    this.scope = scope;
  }

  @GetMapping(PATH)
  String list(
      @RequestParam(defaultValue = "true") boolean pending,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      Model model) {
    access.require(OrganisationAccess.READ);
    return show(
        pending,
        PageQuery.of(page, size, null, null, Set.of("id"), "id"),
        new EstablishForm(),
        Map.of(),
        model);
  }

  @PostMapping(PATH)
  String establish(
      @ModelAttribute("form") EstablishForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.READ);
    try {
      if (form.getRegionCode() == null
          || !form.getRegionCode().matches("\\d{12}")
          || !scope.permits(form.getRegionCode())) {
        throw new InvalidInput("regionCode", "所在区划：须为本账号辖区内的12位区划代码");
      }
      if (regions.find(form.getRegionCode()).isEmpty()) {
        throw new InvalidInput("regionCode", "所在区划：区划代码不存在");
      }
      OrganisationKind kind = enumOf(OrganisationKind.class, form.getKind(), "kind", "类型：请选择");
      RegistrationLevel level =
          enumOf(RegistrationLevel.class, form.getLevel(), "registrationLevel", "登记机关：请选择");
      Facts.Representative rep =
          organisations.representativeByIdNumber(form.getLegalRepresentative());
      long id =
          applications.establish(
              kind,
              form.getCreditCode(),
              form.facts(rep),
              level,
              form.getMaterials(),
              user.username());
      redirect.addFlashAttribute("message", "已受理成立登记申请（编号" + id + "）");
      return "redirect:" + PATH;
    } catch (InvalidInput e) {
      response.setStatus(422);
      return show(true, PageQuery.first("id"), form, OrganisationAccess.errors(e), model);
    }
  }

  @PostMapping(PATH + "/{id}/decide")
  String decide(
      @PathVariable long id,
      @RequestParam(required = false) String decision,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.READ);
    var a = applications.find(id).orElseThrow(() -> new RecordNotFoundException("application"));
    scope.requireInScope(a.regionCode());
    try {
      applications.decide(id, "APPROVE".equals(decision), note, user);
      redirect.addFlashAttribute("message", "已作出决定");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH;
  }

  private String show(
      boolean pending,
      PageQuery query,
      EstablishForm form,
      Map<String, String> errors,
      Model model) {
    model.addAttribute("page", applications.page(scope.current(), pending, query));
    model.addAttribute("pending", pending);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", OrganisationKind.values());
    model.addAttribute("levels", RegistrationLevel.values());
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.here("社会组织"), Breadcrumb.here("成立/变更/注销申请")));
    return "organisations/applications";
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field, String message) {
    try {
      return Enum.valueOf(type, value == null ? "" : value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(field, message);
    }
  }
}
