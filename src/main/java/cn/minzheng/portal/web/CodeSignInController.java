package cn.minzheng.portal.web;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.OneTimeCodeSender.Purpose;
import cn.minzheng.portal.account.AccountCodes;
import cn.minzheng.portal.account.CitizenSignIn;
import cn.minzheng.portal.account.CodeSignIn;
import cn.minzheng.portal.account.PhoneNumbers;
import cn.minzheng.portal.account.PortalRateLimiter;
import cn.minzheng.shared.Masking;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 短信验证码登录, one task per page: the phone (a code is sent if it has an account — the page says the
 * same either way), then the code. Signs in exactly as the password does: a new session id, the
 * citizens' security context, the same CSRF protection and the same return to an app's
 * authorization request.
 */
@Controller
class CodeSignInController {

  static final String PHONE_ATTRIBUTE = "portal.signin.phone";
  static final String BAD_CODE = "验证码错误或已过期，请重新获取；连续输错5次后该验证码作废";

  private final AccountCodes codes;
  private final CodeSignIn signIn;
  private final PortalRateLimiter limits;
  private final PendingPhone pending;

  CodeSignInController(
      AccountCodes codes, CodeSignIn signIn, PortalRateLimiter limits, FieldCipher cipher) {
    this.codes = codes;
    this.signIn = signIn;
    this.limits = limits;
    this.pending = new PendingPhone(PHONE_ATTRIBUTE, cipher);
  }

  @GetMapping("/portal/login/code")
  String form(
      @RequestParam(name = "continue", defaultValue = "") String next,
      HttpSession session,
      Model model) {
    keepContinue(next, model);
    String phone = pending.of(session);
    if (phone != null) {
      model.addAttribute("maskedPhone", Masking.phone(phone));
    }
    return "portal/login-code";
  }

  @PostMapping("/portal/login/code/send")
  String sendCode(
      @RequestParam(defaultValue = "") String phone,
      @RequestParam(name = "continue", defaultValue = "") String next,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    keepContinue(next, model);
    String normalised = PhoneNumbers.normalise(phone);
    if (normalised == null) {
      response.setStatus(422);
      model.addAttribute("errors", Map.of("phone", "手机号码格式不正确，请输入11位手机号码"));
      return "portal/login-code";
    }
    switch (codes.send(normalised, Purpose.SIGN_IN, request.getRemoteAddr())) {
      case RATE_LIMITED -> {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(limits.retryAfterSeconds()));
        model.addAttribute("errors", Map.of("phone", "验证码发送过于频繁，请稍后再试"));
        return "portal/login-code";
      }
      case UNAVAILABLE -> {
        model.addAttribute("errors", Map.of("phone", "短信服务暂不可用，请使用密码登录或稍后再试"));
        return "portal/login-code";
      }
      case SENT -> pending.keep(request, normalised);
    }
    return "redirect:/portal/login/code?sent"
        + (PortalLoginController.authorizationRequest(next) ? "&continue=" + encode(next) : "");
  }

  @PostMapping("/portal/login/code")
  String signIn(
      @RequestParam(defaultValue = "") String code,
      @RequestParam(name = "continue", defaultValue = "") String next,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    HttpSession session = request.getSession(false);
    String phone = pending.of(session);
    if (phone == null) {
      return "redirect:/portal/login/code";
    }
    CitizenSignIn.Result result = signIn.signIn(phone, code, request.getRemoteAddr());
    switch (result.status()) {
      case SIGNED_IN -> {
        pending.forget(session);
        CitizenSessions.signIn(result.citizen(), request, response);
        return PortalLoginController.authorizationRequest(next)
            ? "redirect:" + next
            : "redirect:/portal/me";
      }
      case RATE_LIMITED -> {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(limits.retryAfterSeconds()));
        model.addAttribute("errors", Map.of("code", "尝试过于频繁，请稍后再试"));
      }
      default -> {
        response.setStatus(422);
        model.addAttribute("errors", Map.of("code", BAD_CODE));
      }
    }
    keepContinue(next, model);
    model.addAttribute("maskedPhone", Masking.phone(phone));
    return "portal/login-code";
  }

  @PostMapping("/portal/login/code/restart")
  String restart(HttpSession session) {
    pending.forget(session);
    return "redirect:/portal/login/code";
  }

  private static void keepContinue(String next, Model model) {
    if (PortalLoginController.authorizationRequest(next)) {
      model.addAttribute("continueTo", next);
    }
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
