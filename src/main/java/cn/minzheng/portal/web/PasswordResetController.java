package cn.minzheng.portal.web;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.OneTimeCodeSender.Purpose;
import cn.minzheng.portal.account.AccountCodes;
import cn.minzheng.portal.account.PasswordReset;
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
 * 忘记密码: the registered phone (a code is sent if it has an account — the page says the same either
 * way), then the code and the new password twice. Afterwards the citizen signs in anew: the reset
 * has ended every session of the account, this browser's included.
 */
@Controller
class PasswordResetController {

  static final String PHONE_ATTRIBUTE = "portal.reset.phone";

  private final AccountCodes codes;
  private final PasswordReset reset;
  private final PortalRateLimiter limits;
  private final PendingPhone pending;

  PasswordResetController(
      AccountCodes codes, PasswordReset reset, PortalRateLimiter limits, FieldCipher cipher) {
    this.codes = codes;
    this.reset = reset;
    this.limits = limits;
    this.pending = new PendingPhone(PHONE_ATTRIBUTE, cipher);
  }

  @GetMapping("/portal/password/reset")
  String form(HttpSession session, Model model) {
    String phone = pending.of(session);
    if (phone != null) {
      model.addAttribute("maskedPhone", Masking.phone(phone));
    }
    return "portal/password-reset";
  }

  @PostMapping("/portal/password/reset/code")
  String sendCode(
      @RequestParam(defaultValue = "") String phone,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    String normalised = PhoneNumbers.normalise(phone);
    if (normalised == null) {
      response.setStatus(422);
      model.addAttribute("errors", Map.of("phone", "手机号码格式不正确，请输入注册时绑定的11位手机号码"));
      return "portal/password-reset";
    }
    switch (codes.send(normalised, Purpose.RESET_PASSWORD, request.getRemoteAddr())) {
      case RATE_LIMITED -> {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(limits.retryAfterSeconds()));
        model.addAttribute("errors", Map.of("phone", "验证码发送过于频繁，请稍后再试"));
        return "portal/password-reset";
      }
      case UNAVAILABLE -> {
        model.addAttribute("errors", Map.of("phone", "短信服务暂不可用，请稍后再试或到社区服务站办理"));
        return "portal/password-reset";
      }
      case SENT -> pending.keep(request, normalised);
    }
    return "redirect:/portal/password/reset?sent";
  }

  @PostMapping("/portal/password/reset")
  String reset(
      @RequestParam(defaultValue = "") String code,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String passwordConfirmation,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    HttpSession session = request.getSession(false);
    String phone = pending.of(session);
    if (phone == null) {
      return "redirect:/portal/password/reset";
    }
    PasswordReset.Result result =
        reset.reset(phone, code, password, passwordConfirmation, request.getRemoteAddr());
    if (result.done()) {
      // The reset ended the account's sessions; this browser's goes too, signed in or not, with
      // the phone that waited in it.
      session.invalidate();
      return "redirect:/portal/login?reset";
    }
    if (result.rateLimited()) {
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(limits.retryAfterSeconds()));
      model.addAttribute("errors", Map.of("code", "尝试过于频繁，请稍后再试"));
    } else {
      response.setStatus(422);
      model.addAttribute("errors", result.errors());
    }
    model.addAttribute("maskedPhone", Masking.phone(phone));
    return "portal/password-reset";
  }

  @PostMapping("/portal/password/reset/restart")
  String restart(HttpSession session) {
    pending.forget(session);
    return "redirect:/portal/password/reset";
  }
}
