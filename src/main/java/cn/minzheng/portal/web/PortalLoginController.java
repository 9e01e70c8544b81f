package cn.minzheng.portal.web;

import cn.minzheng.portal.account.CitizenSignIn;
import cn.minzheng.portal.account.PortalRateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 群众登录: phone or ID number and password. */
@Controller
class PortalLoginController {

  private final CitizenSignIn signIn;
  private final PortalRateLimiter limits;

  PortalLoginController(CitizenSignIn signIn, PortalRateLimiter limits) {
    this.signIn = signIn;
    this.limits = limits;
  }

  /**
   * An app's authorization request sends the citizen here first and gets them back after the
   * sign-in; nothing else may be a {@code continue} target (no open redirect).
   */
  static boolean authorizationRequest(String target) {
    return target.startsWith("/oauth2/authorize?")
        && !target.contains("\\")
        && !target.contains("\n");
  }

  @GetMapping("/portal/login")
  String form(@RequestParam(name = "continue", defaultValue = "") String next, Model model) {
    if (authorizationRequest(next)) {
      model.addAttribute("continueTo", next);
    }
    return "portal/login";
  }

  @GetMapping({"/portal", "/portal/"})
  String home() {
    return "redirect:/portal/me";
  }

  @PostMapping("/portal/login")
  String signIn(
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(name = "continue", defaultValue = "") String next,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    CitizenSignIn.Result result = signIn.signIn(username, password, request.getRemoteAddr());
    switch (result.status()) {
      case SIGNED_IN -> {
        CitizenSessions.signIn(result.citizen(), request, response);
        return authorizationRequest(next) ? "redirect:" + next : "redirect:/portal/me";
      }
      case RATE_LIMITED -> {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(limits.retryAfterSeconds()));
        model.addAttribute("error", "尝试过于频繁，请稍后再试");
      }
      default -> model.addAttribute("error", "账号或密码错误；连续输错多次后，本设备将暂停登录一段时间");
    }
    model.addAttribute("username", username);
    if (authorizationRequest(next)) {
      model.addAttribute("continueTo", next);
    }
    return "portal/login";
  }
}
