package cn.minzheng.platform.security;

import cn.minzheng.platform.StaffAuthentication;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page. The POST is handled by Spring Security's form login. */
@Controller
class LoginController {

  /** Message keys (i18n/platform.properties) of the reasons the login page may show. */
  static final Set<String> ERRORS = Set.of("bad", "locked", "disabled", "expired");

  private final boolean enforceTotp;

  LoginController(@Value("${minzheng.security.totp.enforce:true}") boolean enforceTotp) {
    this.enforceTotp = enforceTotp;
  }

  @GetMapping("/login")
  String login(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String logout,
      Model model) {
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    if (current instanceof StaffAuthentication) {
      return "redirect:/";
    }
    model.addAttribute(
        "errorKey",
        error == null ? null : "login.error." + (ERRORS.contains(error) ? error : "bad"));
    model.addAttribute("loggedOut", logout != null);
    model.addAttribute("totpRelaxed", !enforceTotp);
    return "login";
  }
}
