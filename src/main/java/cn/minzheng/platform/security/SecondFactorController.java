package cn.minzheng.platform.security;

import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.account.StaffAccount;
import cn.minzheng.platform.account.StaffAccounts;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The TOTP step of the login, and first-time enrolment (QR code, then one code to confirm). Only a
 * {@link SecondFactorPending} caller reaches these pages (see the security configuration).
 */
@Controller
class SecondFactorController {

  private final StaffAccounts accounts;
  private final StaffTotp totp;
  private final SecurityContextRepository contexts;
  private final LoginOutcomes outcomes;

  SecondFactorController(
      StaffAccounts accounts,
      StaffTotp totp,
      SecurityContextRepository contexts,
      LoginOutcomes outcomes) {
    this.accounts = accounts;
    this.totp = totp;
    this.contexts = contexts;
    this.outcomes = outcomes;
  }

  @GetMapping("/login/totp")
  String codeForm(Model model) {
    SecondFactorPending pending = pending();
    if (!pending.enrolled()) {
      return "redirect:/login/totp/enrol";
    }
    model.addAttribute("username", pending.getName());
    return "login-totp";
  }

  @PostMapping("/login/totp")
  void verify(
      @RequestParam(defaultValue = "") String code,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException, ServletException {
    complete(pending(), code, "/login/totp", request, response);
  }

  @GetMapping("/login/totp/enrol")
  String enrolForm(Model model) {
    SecondFactorPending pending = pending();
    StaffAccount account = accounts.findById(pending.accountId()).orElseThrow();
    // Never let a password-only caller replace a confirmed secret.
    if (account.totpEnrolled()) {
      return "redirect:/login/totp";
    }
    model.addAttribute("username", account.username());
    totp.offerSecret(account, model);
    return "login-totp-enrol";
  }

  @PostMapping("/login/totp/enrol")
  void confirmEnrolment(
      @RequestParam(defaultValue = "") String code,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException, ServletException {
    complete(pending(), code, "/login/totp/enrol", request, response);
  }

  private void complete(
      SecondFactorPending pending,
      String code,
      String retryPath,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException, ServletException {
    StaffAccount account = accounts.findById(pending.accountId()).orElseThrow();
    String address = request.getRemoteAddr();
    // Past the password step the account is known to the caller: "locked" reveals nothing here.
    if (!account.enabled() || accounts.isBlocked(account, address)) {
      abandon(request, response, account.enabled() ? "locked" : "disabled");
      return;
    }
    if (!totp.accepts(account, code)) {
      outcomes.secondFactorFailed(pending);
      if (accounts.recordFailedSecondFactor(account, address)) {
        abandon(request, response, "locked");
      } else {
        response.sendRedirect(request.getContextPath() + retryPath + "?error=code");
      }
      return;
    }
    accounts.clearFailures(account, address);
    // A second new session id: the fully signed-in session shares nothing with the half one.
    request.changeSessionId();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    StaffAuthentication staff = StaffAuthentication.of(account.toStaffUser());
    context.setAuthentication(staff);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    outcomes.signedInWithSecondFactor(request, response, staff);
  }

  private void abandon(HttpServletRequest request, HttpServletResponse response, String reason)
      throws IOException {
    SecurityContextHolder.clearContext();
    request.getSession().invalidate();
    response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
  }

  private static SecondFactorPending pending() {
    return (SecondFactorPending) SecurityContextHolder.getContext().getAuthentication();
  }
}
