package cn.minzheng.elderly.web;

import cn.minzheng.elderly.institution.Institution;
import cn.minzheng.elderly.institution.InstitutionOperators;
import cn.minzheng.elderly.institution.InstitutionQueries;
import cn.minzheng.elderly.institution.InstitutionSupervision;
import cn.minzheng.elderly.institution.NewFiling.Premises;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 本机构备案 for an institution's operator: the online filing while the account has no institution, then
 * its own institution only (status, receipt, the bureau's request for materials and the answer,
 * beds). No institution id is taken from the request, so no other one can be reached.
 */
@Controller
class InstitutionOperatorPage {

  static final String PATH = "/elderly/my-institution";

  private final InstitutionOperators operators;
  private final InstitutionQueries queries;
  private final InstitutionSupervision supervision;
  private final DataScope scope;
  private final ElderlyAccess access;

  InstitutionOperatorPage(
      InstitutionOperators operators,
      InstitutionQueries queries,
      InstitutionSupervision supervision,
      DataScope scope,
      ElderlyAccess access) {
    this.operators = operators;
    this.queries = queries;
    this.supervision = supervision;
    this.scope = scope;
    this.access = access;
  }

  @GetMapping(PATH)
  String show(Model model) {
    StaffUser user = access.require(ElderlyMenu.OPERATOR);
    var id = operators.institutionOf(user.username());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("养老服务"), Breadcrumb.here("本机构备案")));
    model.addAttribute("premises", Premises.values());
    if (id.isEmpty()) {
      return "elderly/my-institution";
    }
    Institution institution =
        queries.find(id.get()).orElseThrow(() -> new RecordNotFoundException("institution"));
    model.addAttribute("i", institution);
    model.addAttribute("history", queries.history(institution.id()));
    model.addAttribute("inspections", queries.inspections(institution.id()));
    return "elderly/my-institution";
  }

  @PostMapping(PATH)
  String file(@ModelAttribute FilingForm form, Model model) {
    StaffUser user = access.require(ElderlyMenu.OPERATOR);
    if (!form.region().matches("\\d{12}") || !scope.permits(form.region())) {
      model.addAttribute("error", "所在区划：须为本账号所属辖区内的12位区划代码");
      return show(model);
    }
    try {
      operators.fileOnline(form.submittedToday(), user.username());
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
      return show(model);
    } catch (DuplicateKeyException e) {
      model.addAttribute("error", "统一社会信用代码：该机构已备案");
      return show(model);
    }
    return "redirect:" + PATH;
  }

  @PostMapping(PATH + "/materials")
  String answerMaterials(
      @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
    StaffUser user = access.require(ElderlyMenu.OPERATOR);
    try {
      operators.answerMaterials(own(user), note, user.username());
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
      return show(model);
    }
    redirect.addFlashAttribute("message", "已提交补充材料，等待民政部门审核");
    return "redirect:" + PATH;
  }

  @PostMapping(PATH + "/beds")
  String beds(
      @RequestParam(required = false) Integer total,
      @RequestParam(required = false) Integer nursing,
      @RequestParam(required = false) Integer occupied,
      Model model,
      RedirectAttributes redirect) {
    StaffUser user = access.require(ElderlyMenu.OPERATOR);
    try {
      supervision.updateBeds(own(user), nz(total), nz(nursing), nz(occupied), user.username());
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage());
      return show(model);
    }
    redirect.addFlashAttribute("message", "已更新床位");
    return "redirect:" + PATH;
  }

  private long own(StaffUser user) {
    return operators
        .institutionOf(user.username())
        .orElseThrow(() -> new RecordNotFoundException("institution"));
  }

  private static int nz(Integer value) {
    return value == null ? -1 : value;
  }
}
