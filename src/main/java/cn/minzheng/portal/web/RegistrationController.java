package cn.minzheng.portal.web;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.OneTimeCodeSender.Purpose;
import cn.minzheng.portal.account.CitizenRegistration;
import cn.minzheng.portal.account.OneTimeCodes;
import cn.minzheng.portal.account.PhoneNumbers;
import cn.minzheng.portal.account.PortalRateLimiter;
import cn.minzheng.portal.account.PortalRateLimiter.Action;
import cn.minzheng.portal.account.RegistrationForm;
import cn.minzheng.portal.account.RegistrationResult;
import cn.minzheng.portal.codes.CodeDeliveryUnavailableException;
import cn.minzheng.shared.Masking;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 注册, one task per page: first the phone (a code is sent), then name, ID number, password and the
 * code. The phone waits in the session encrypted, never in a URL or a hidden field.
 */
@Controller
class RegistrationController {

  static final String PHONE_ATTRIBUTE = "portal.register.phone";

  private final OneTimeCodes codes;
  private final CitizenRegistration registration;
  private final PortalRateLimiter limits;
  private final FieldCipher cipher;
  private final PendingPhone pending;

  RegistrationController(
      OneTimeCodes codes,
      CitizenRegistration registration,
      PortalRateLimiter limits,
      FieldCipher cipher) {
    this.codes = codes;
    this.registration = registration;
    this.limits = limits;
    this.cipher = cipher;
    this.pending = new PendingPhone(PHONE_ATTRIBUTE, cipher);
  }

  @GetMapping("/portal/register")
  String form(HttpSession session, Model model) {
    String phone = phoneOf(session);
    if (phone == null) {
      return "portal/register-phone";
    }
    model.addAttribute("maskedPhone", Masking.phone(phone));
    return "portal/register";
  }

  @PostMapping("/portal/register/code")
  String sendCode(
      @RequestParam(defaultValue = "") String phone,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    String normalised = PhoneNumbers.normalise(phone);
    if (normalised == null) {
      model.addAttribute("errors", Map.of("phone", "手机号码格式不正确，请输入11位手机号码"));
      return "portal/register-phone";
    }
    String phoneKey = HexFormat.of().formatHex(cipher.blindIndex(normalised));
    if (!limits.tryAcquire(Action.CODE_PER_ADDRESS, request.getRemoteAddr())
        || !limits.tryAcquire(Action.CODE_PER_PHONE, phoneKey)) {
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(limits.retryAfterSeconds()));
      model.addAttribute("errors", Map.of("phone", "验证码发送过于频繁，请稍后再试"));
      return "portal/register-phone";
    }
    try {
      codes.issue(normalised, Purpose.REGISTER);
    } catch (CodeDeliveryUnavailableException e) {
      model.addAttribute("errors", Map.of("phone", "短信服务暂不可用，请稍后再试或到社区服务站办理"));
      return "portal/register-phone";
    }
    pending.keep(request, normalised);
    return "redirect:/portal/register?sent";
  }

  @PostMapping("/portal/register/restart")
  String restart(HttpSession session) {
    pending.forget(session);
    return "redirect:/portal/register";
  }

  @PostMapping("/portal/register")
  String register(
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String idNumber,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String passwordConfirmation,
      @RequestParam(defaultValue = "") String code,
      @RequestParam(defaultValue = "false") boolean consent,
      @RequestParam(defaultValue = "false") boolean sensitiveConsent,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    HttpSession session = request.getSession(true);
    String phone = phoneOf(session);
    if (phone == null) {
      return "redirect:/portal/register";
    }
    RegistrationResult result =
        registration.register(
            phone,
            new RegistrationForm(
                name, idNumber, password, passwordConfirmation, code, consent, sensitiveConsent));
    if (!result.succeeded()) {
      response.setStatus(422);
      model.addAttribute("errors", result.errors());
      model.addAttribute("consent", consent);
      model.addAttribute("sensitiveConsent", sensitiveConsent);
      model.addAttribute("name", name);
      model.addAttribute("idNumber", idNumber);
      model.addAttribute("maskedPhone", Masking.phone(phone));
      return "portal/register";
    }
    pending.forget(session);
    CitizenSessions.signIn(result.citizen(), request, response);
    return "redirect:/portal/me?registered";
  }

  private String phoneOf(HttpSession session) {
    return pending.of(session);
  }
}
