package cn.minzheng.platform.apiaccess;

import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 服务账号: accounts of other departments' systems. The token appears in the response to the creating
 * POST only (no redirect, no flash attribute: it is never stored in the session).
 */
@Controller
@RequestMapping("/admin/service-accounts")
class ServiceAccountAdminController {

  private static final String PAGE = "admin/service-accounts";

  private final ServiceAccounts serviceAccounts;
  private final CurrentUser currentUser;

  ServiceAccountAdminController(ServiceAccounts serviceAccounts, CurrentUser currentUser) {
    this.serviceAccounts = serviceAccounts;
    this.currentUser = currentUser;
  }

  @GetMapping
  String list(Model model) {
    return page(model);
  }

  @PostMapping
  String create(
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String department,
      @RequestParam(defaultValue = "") String scopes,
      Model model) {
    Set<String> scopeSet =
        Arrays.stream(scopes.split("[\\s,，]+"))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
    String error = validate(name.strip(), department.strip(), scopeSet);
    if (error != null) {
      model.addAttribute("error", error);
      model.addAttribute("name", name);
      model.addAttribute("department", department);
      model.addAttribute("scopes", scopes);
      return page(model);
    }
    ServiceAccounts.IssuedToken issued =
        serviceAccounts.create(
            name.strip(), department.strip(), scopeSet, currentUser.require().username());
    model.addAttribute("issuedName", name.strip());
    model.addAttribute("issuedToken", issued.token());
    return page(model);
  }

  @PostMapping("/{id}/revoke")
  String revoke(@PathVariable long id, RedirectAttributes redirect) {
    serviceAccounts.revoke(id, currentUser.require().username());
    redirect.addFlashAttribute("message", "服务账号已吊销，其令牌立即失效。");
    return "redirect:/admin/service-accounts";
  }

  private String validate(String name, String department, Set<String> scopes) {
    if (name.isEmpty() || name.length() > 100) {
      return "名称：请填写，不超过 100 个字符";
    }
    if (serviceAccounts.nameTaken(name)) {
      return "名称：已存在同名服务账号";
    }
    if (department.isEmpty() || department.length() > 100) {
      return "所属部门：请填写，不超过 100 个字符";
    }
    if (scopes.isEmpty()
        || !scopes.stream().allMatch(s -> ServiceAccounts.SCOPE.matcher(s).matches())) {
      return "授权范围：请填写至少一项，格式如 registry:death-report";
    }
    return null;
  }

  private String page(Model model) {
    model.addAttribute("accounts", serviceAccounts.list());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("服务账号")));
    return PAGE;
  }
}
