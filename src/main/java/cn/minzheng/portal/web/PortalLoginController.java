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

  @GetMapping("/portal/login")
  String form() {
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
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    CitizenSignIn.Result result = signIn.signIn(username, password, request.getRemoteAddr());
    switch (result.status()) {
      case SIGNED_IN -> {
        CitizenSessions.signIn(result.citizen(), request, response);
        return "redirect:/portal/me";
      }
      case RATE_LIMITED -> {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(limits.retryAfterSeconds()));
        model.addAttribute("error", "尝试过于频繁，请稍后再试");
      }
      default -> model.addAttribute("error", "账号或密码错误；连续输错多次后，本设备将暂停登录一段时间");
    }
    model.addAttribute("username", username);
    return "portal/login";
  }
}
