package cn.minzheng.registry.web;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.LegalBasis;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.domain.person.DisabilityDetailRule;
import cn.minzheng.registry.domain.person.Ethnicities;
import cn.minzheng.registry.domain.person.PersonDetail;
import cn.minzheng.registry.domain.person.PersonForm;
import cn.minzheng.registry.domain.person.PersonQueries;
import cn.minzheng.registry.domain.person.PersonService;
import cn.minzheng.registry.domain.person.RegistryConflictException;
import cn.minzheng.registry.domain.validation.FieldError;
import cn.minzheng.registry.domain.validation.RegistryValidationException;
import cn.minzheng.shared.Sex;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 新增/编辑人员: one form, inline Chinese field errors, nothing stored when any field is wrong. */
@Controller
class PersonFormPage {

  private final PersonService service;
  private final PersonQueries queries;
  private final Ethnicities ethnicities;
  private final RegistryAccess access;
  private final DisabilityDetailRule disabilityRule;

  PersonFormPage(
      PersonService service,
      PersonQueries queries,
      Ethnicities ethnicities,
      RegistryAccess access,
      DisabilityDetailRule disabilityRule) {
    this.service = service;
    this.queries = queries;
    this.ethnicities = ethnicities;
    this.access = access;
    this.disabilityRule = disabilityRule;
  }

  @GetMapping("/registry/persons/new")
  String newForm(Model model) {
    access.requireStaff();
    return render(model, new PersonForm(), null, Map.of());
  }

  @PostMapping("/registry/persons")
  String create(
      @ModelAttribute("form") PersonForm form,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    access.requireStaff();
    try {
      long id = service.create(form);
      redirect.addFlashAttribute("message", "已新增人员");
      return "redirect:/registry/persons/" + id;
    } catch (RegistryValidationException e) {
      response.setStatus(422);
      return render(model, form, null, errors(e.errors()));
    }
  }

  @GetMapping("/registry/persons/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    access.requireStaff();
    return render(model, service.editForm(id), queries.detail(id), Map.of());
  }

  @PostMapping("/registry/persons/{id}")
  String update(
      @PathVariable long id,
      @RequestParam int version,
      @ModelAttribute("form") PersonForm form,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    access.requireStaff();
    PersonDetail detail = queries.detail(id);
    try {
      service.update(id, version, form, false);
      redirect.addFlashAttribute("message", "已保存");
      return "redirect:/registry/persons/" + id;
    } catch (RegistryValidationException e) {
      response.setStatus(422);
      return render(model, form, detail, errors(e.errors()));
    } catch (RegistryConflictException e) {
      response.setStatus(409);
      return render(model, form, detail, Map.of("version", e.getMessage()));
    }
  }

  private String render(
      Model model, PersonForm form, PersonDetail detail, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("detail", detail);
    model.addAttribute("errors", errors);
    model.addAttribute("ethnicities", ethnicities.all());
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("maritalStatuses", MaritalStatus.values());
    model.addAttribute("disabilityCategories", DisabilityCategory.values());
    // an edit by a viewer who may not see grade and date shows the disability read-only
    model.addAttribute("disabilityLocked", detail != null && !disabilityRule.seesDetail());
    model.addAttribute("legalBases", LegalBasis.values());
    model.addAttribute(
        "breadcrumbs",
        List.of(
            new Breadcrumb("人员查询", "/registry/persons"),
            new Breadcrumb(detail == null ? "新增人员" : "编辑 " + detail.person().name(), null)));
    return "registry/person-form";
  }

  static Map<String, String> errors(List<FieldError> list) {
    Map<String, String> map = new LinkedHashMap<>();
    list.forEach(e -> map.merge(e.field(), e.message(), (a, b) -> a + "；" + b));
    return map;
  }
}
