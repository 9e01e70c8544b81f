package cn.minzheng.children.web;

import cn.minzheng.children.allowance.AllowanceCases;
import cn.minzheng.children.allowance.CareType;
import cn.minzheng.children.allowance.Categories;
import cn.minzheng.children.allowance.NewAllowanceCase;
import cn.minzheng.children.allowance.ParentSituation;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.portal.CitizenAuthentication;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.shared.ChinaTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 儿童基本生活保障 in the portal: a guardian applies for a child (the guardian is the payee), follows the
 * status and sees the months paid; decisions arrive in 我的消息.
 */
@Controller
class PortalChildrenPage {

  static final String PATH = "/portal/children";

  private final AllowanceCases cases;
  private final Categories categories;
  private final PersonDirectory persons;

  PortalChildrenPage(AllowanceCases cases, Categories categories, PersonDirectory persons) {
    this.cases = cases;
    this.categories = categories;
    this.persons = persons;
  }

  @GetMapping(PATH)
  String my(Model model) {
    Citizen me = citizen();
    var mine = cases.ofGuardian(me.personId());
    Map<Long, List<AllowanceCases.PaidMonth>> paid = new LinkedHashMap<>();
    mine.forEach(c -> paid.put(c.id(), cases.paidMonths(c.id())));
    model.addAttribute("cases", mine);
    model.addAttribute("paid", paid);
    model.addAttribute(
        "categories", categories.active().stream().filter(Categories.Category::paid).toList());
    model.addAttribute("careTypes", CareType.values());
    model.addAttribute("situations", ParentSituation.values());
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", Map.of());
      model.addAttribute("form", Map.of());
    }
    return "children/portal";
  }

  @PostMapping(PATH)
  String apply(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
    Citizen me = citizen();
    try {
      var guardian =
          persons.find(me.personId()).orElseThrow(() -> new AccessDeniedException("no person"));
      Map<String, String> form = new LinkedHashMap<>(p);
      form.put("guardianName", guardian.name());
      form.remove("guardianIdNumber");
      NewAllowanceCase application = CasePages.formOf(form, ChinaTime.today());
      long id =
          cases.file(
              application, "PORTAL", "portal:" + me.accountId(), ChinaTime.today(), me.personId());
      redirect.addFlashAttribute("message", "申请已提交（编号 " + id + "），社区、街道核实后报区县审批，结果将通过“我的消息”通知。");
      return "redirect:" + PATH;
    } catch (InvalidInput e) {
      model.addAttribute("errors", PageErrors.of(e));
      model.addAttribute("form", p);
      return my(model);
    }
  }

  private static Citizen citizen() {
    if (SecurityContextHolder.getContext().getAuthentication()
        instanceof CitizenAuthentication auth) {
      return auth.citizen();
    }
    throw new AccessDeniedException("citizens only");
  }
}
