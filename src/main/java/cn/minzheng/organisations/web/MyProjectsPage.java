package cn.minzheng.organisations.web;

import cn.minzheng.organisations.projects.GrantPayees;
import cn.minzheng.organisations.projects.ProjectApplication;
import cn.minzheng.organisations.projects.SpecialFundProjects;
import cn.minzheng.organisations.register.Organisation;
import cn.minzheng.organisations.web.ProjectForms.ProposalForm;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
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
 * 专项资金申报 for an organisation's own account: the calls open today, an application to one, and its
 * own applications (status, grant, evaluations; not the reviewers' individual scores). Another
 * organisation's application answers 404.
 */
@Controller
class MyProjectsPage {

  static final String PATH = "/organisations/mine/projects";

  private final OrganisationAccess access;
  private final SpecialFundProjects projects;
  private final GrantPayees payees;

  MyProjectsPage(OrganisationAccess access, SpecialFundProjects projects, GrantPayees payees) {
    this.access = access;
    this.projects = projects;
    this.payees = payees;
  }

  /** The organisation's own bank account for grants; the holder is the organisation. */
  @PostMapping("/organisations/mine/payee-account")
  String registerAccount(
      @RequestParam(required = false) String bankName,
      @RequestParam(required = false) String accountNumber,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.ACCOUNT);
    Organisation o = access.own(user);
    try {
      payees.registerAccount(o, bankName, accountNumber);
      redirect.addFlashAttribute("message", "已登记单位收款账户");
      return "redirect:" + PATH;
    } catch (InvalidInput e) {
      response.setStatus(422);
      model.addAttribute("bankName", bankName);
      return render(o, null, null, new ProposalForm(), OrganisationAccess.errors(e), model);
    }
  }

  @GetMapping(PATH)
  String show(
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      Model model) {
    StaffUser user = access.require(OrganisationAccess.ACCOUNT);
    return render(access.own(user), page, size, new ProposalForm(), Map.of(), model);
  }

  @PostMapping(PATH)
  String apply(
      @ModelAttribute("proposal") ProposalForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.ACCOUNT);
    Organisation o = access.own(user);
    try {
      long id = projects.apply(form.call(), o, form.proposal(), ChinaTime.today(), user.username());
      redirect.addFlashAttribute("message", "项目已申报，等待专家评审");
      return "redirect:" + PATH + "/" + id;
    } catch (InvalidInput e) {
      response.setStatus(422);
      return render(o, null, null, form, OrganisationAccess.errors(e), model);
    }
  }

  @GetMapping(PATH + "/{id}")
  String application(@PathVariable long id, Model model) {
    StaffUser user = access.require(OrganisationAccess.ACCOUNT);
    Organisation o = access.own(user);
    ProjectApplication a =
        projects
            .find(id)
            .filter(found -> found.organisationId() == o.id())
            .orElseThrow(() -> new RecordNotFoundException("project application"));
    model.addAttribute("a", a);
    model.addAttribute("evaluations", projects.evaluations(id));
    model.addAttribute(
        "breadcrumbs",
        List.of(
            Breadcrumb.here("社会组织"), Breadcrumb.link("专项资金申报", PATH), Breadcrumb.here(a.title())));
    return "organisations/mine-project";
  }

  private String render(
      Organisation o,
      Integer page,
      Integer size,
      ProposalForm form,
      Map<String, String> errors,
      Model model) {
    model.addAttribute("organisation", o);
    model.addAttribute("account", payees.account(o));
    model.addAttribute("calls", projects.openCalls(ChinaTime.today()));
    model.addAttribute(
        "page",
        projects.page(
            RegionFilter.all(),
            null,
            o.id(),
            null,
            null,
            PageQuery.of(page, size, "id", "desc", Set.of("id"), "id")));
    model.addAttribute("proposal", form);
    model.addAttribute("errors", errors);
    model.addAttribute("categories", cn.minzheng.organisations.projects.ProjectCategory.values());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社会组织"), Breadcrumb.here("专项资金申报")));
    return "organisations/mine-projects";
  }
}
