package cn.minzheng.platform.account;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.account.StaffAccountForms.CreateForm;
import cn.minzheng.platform.account.StaffAccountForms.PasswordForm;
import cn.minzheng.platform.account.StaffAccountForms.RolesForm;
import jakarta.validation.Valid;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 用户管理: the security administrator's pages for staff accounts. */
@Controller
@RequestMapping("/admin/accounts")
class StaffAccountAdminController {

  private static final String LIST = "admin/accounts/list";
  private static final String NEW = "admin/accounts/new";
  private static final String DETAIL = "admin/accounts/detail";

  private static final java.time.format.DateTimeFormatter LOCAL_TIME =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final StaffAccountAdministration administration;
  private final CurrentUser currentUser;
  private final RegionHierarchy regions;

  StaffAccountAdminController(
      StaffAccountAdministration administration, CurrentUser currentUser, RegionHierarchy regions) {
    this.administration = administration;
    this.currentUser = currentUser;
    this.regions = regions;
  }

  @ModelAttribute
  void common(Model model) {
    model.addAttribute("allRoles", List.of(Role.values()));
    model.addAttribute("regionNames", regions);
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Model model) {
    PageQuery query =
        PageQuery.of(page, size, sort, dir, StaffAccountRepository.SORT_FIELDS, "username");
    model.addAttribute("q", q);
    model.addAttribute("result", administration.search(q, query));
    model.addAttribute("breadcrumbs", List.of(crumb("用户管理", null)));
    return LIST;
  }

  @GetMapping("/new")
  String newForm(Model model) {
    model.addAttribute("form", new CreateForm());
    return newPage(model);
  }

  @PostMapping
  String create(@Valid @ModelAttribute("form") CreateForm form, BindingResult errors, Model model) {
    if (errors.hasErrors()) {
      return newPage(model);
    }
    try {
      long id =
          administration.create(
              new NewStaffAccount(
                  form.getUsername(),
                  form.getDisplayName(),
                  form.getRegionCode(),
                  form.getRoles(),
                  false),
              form.getPassword(),
              currentUser.require());
      return "redirect:/admin/accounts/" + id + "?created";
    } catch (AccountRuleViolation violation) {
      errors.rejectValue(violation.field(), "account", violation.getMessage());
      return newPage(model);
    }
  }

  @GetMapping("/{id}")
  String detail(@PathVariable long id, Model model) {
    StaffAccount account = administration.get(id);
    RolesForm roles = new RolesForm();
    roles.setRoles(account.roles());
    roles.setRegionCode(account.regionCode());
    model.addAttribute("rolesForm", roles);
    model.addAttribute("passwordForm", new PasswordForm());
    return detailPage(account, model);
  }

  @PostMapping("/{id}/roles")
  String changeRoles(
      @PathVariable long id,
      @Valid @ModelAttribute("rolesForm") RolesForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return act(
        id,
        errors,
        model,
        redirect,
        "角色与区划已保存，该用户需重新登录。",
        () ->
            administration.changeRolesAndRegion(
                id, form.getRoles(), form.getRegionCode(), currentUser.require()),
        m -> m.addAttribute("passwordForm", new PasswordForm()));
  }

  @PostMapping("/{id}/password")
  String resetPassword(
      @PathVariable long id,
      @Valid @ModelAttribute("passwordForm") PasswordForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return act(
        id,
        errors,
        model,
        redirect,
        "密码已重置，该用户的所有会话已结束。",
        () -> administration.resetPassword(id, form.getPassword(), currentUser.require()),
        m -> m.addAttribute("rolesForm", rolesFormOf(administration.get(id))));
  }

  @PostMapping("/{id}/enabled")
  String setEnabled(
      @PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
    return simple(
        id,
        redirect,
        enabled ? "账户已启用。" : "账户已停用，该用户的所有会话已结束。",
        () -> administration.setEnabled(id, enabled, currentUser.require()));
  }

  @PostMapping("/{id}/unlock")
  String unlock(@PathVariable long id, RedirectAttributes redirect) {
    return simple(id, redirect, "账户已解锁。", () -> administration.unlock(id, currentUser.require()));
  }

  @PostMapping("/{id}/totp-reset")
  String resetTotp(@PathVariable long id, RedirectAttributes redirect) {
    return simple(
        id,
        redirect,
        "双因素认证已重置，该用户下次登录时需重新绑定。",
        () -> administration.resetTotp(id, currentUser.require()));
  }

  private String act(
      long id,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      String done,
      Runnable action,
      Consumer<Model> otherForms) {
    if (!errors.hasErrors()) {
      try {
        action.run();
        redirect.addFlashAttribute("message", done);
        return "redirect:/admin/accounts/" + id;
      } catch (AccountRuleViolation violation) {
        errors.rejectValue(violation.field(), "account", violation.getMessage());
      }
    }
    otherForms.accept(model);
    return detailPage(administration.get(id), model);
  }

  private String simple(long id, RedirectAttributes redirect, String done, Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute("message", done);
    } catch (AccountRuleViolation violation) {
      redirect.addFlashAttribute("failure", violation.getMessage());
    }
    return "redirect:/admin/accounts/" + id;
  }

  private String newPage(Model model) {
    model.addAttribute(
        "breadcrumbs", List.of(crumb("用户管理", "/admin/accounts"), crumb("新增用户", null)));
    return NEW;
  }

  private String detailPage(StaffAccount account, Model model) {
    model.addAttribute("account", account);
    model.addAttribute("blockedAddresses", administration.blockedAddresses(account.id()));
    model.addAttribute(
        "breadcrumbs", List.of(crumb("用户管理", "/admin/accounts"), crumb(account.username(), null)));
    return DETAIL;
  }

  private static RolesForm rolesFormOf(StaffAccount account) {
    RolesForm form = new RolesForm();
    form.setRoles(account.roles());
    form.setRegionCode(account.regionCode());
    return form;
  }

  private static Breadcrumb crumb(String label, String path) {
    return new Breadcrumb(label, path);
  }
}
