package cn.minzheng.platform.security;

import cn.minzheng.platform.StaffAuthentication;
import java.util.Map;
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

  /**
   * The reasons the login page may show, by the {@code error} parameter the failure handler sets.
   */
  static final Map<String, String> ERRORS =
      Map.of(
          "bad", "用户名或密码错误。同一地址连续输错多次后，需稍候再试。",
          "locked", "验证码连续错误，本地址已暂停登录，请稍后再试或联系安全管理员。",
          "disabled", "账户已停用，请联系安全管理员。",
          "expired", "登录已超时，请重新登录。");

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
        "loginError", error == null ? null : ERRORS.getOrDefault(error, ERRORS.get("bad")));
    model.addAttribute("loggedOut", logout != null);
    model.addAttribute("totpRelaxed", !enforceTotp);
    return "login";
  }
}
