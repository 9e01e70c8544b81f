package cn.minzheng.platform.security;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.AuditLog.Outcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** Where the login goes after the password step, and the audit entries of each outcome. */
@Component
class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  private final AuditLog audit;
  private final SavedRequestAwareAuthenticationSuccessHandler signedIn =
      new SavedRequestAwareAuthenticationSuccessHandler();

  LoginOutcomes(AuditLog audit) {
    this.audit = audit;
    signedIn.setDefaultTargetUrl("/");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, jakarta.servlet.ServletException {
    if (authentication instanceof SecondFactorPending pending) {
      audit.record(
          AuditEvent.success(
              "login.password", "staff_account", pending.getName(), "second factor next"));
      response.sendRedirect(request.getContextPath() + pending.nextStep());
      return;
    }
    signedIn(request, response, authentication, "password");
  }

  /** The end of every successful staff login (with or without TOTP). */
  void signedIn(
      HttpServletRequest request,
      HttpServletResponse response,
      Authentication authentication,
      String factors)
      throws IOException, jakarta.servlet.ServletException {
    audit.record(
        AuditEvent.success("login.success", "staff_account", authentication.getName(), factors));
    signedIn.onAuthenticationSuccess(request, response, authentication);
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String reason = reasonOf(exception);
    String username = StaffAuthenticationProvider.normalise(request.getParameter("username"));
    audit.record(
        new AuditEvent("login.failure", "staff_account", username, Outcome.FAILURE, reason));
    response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
  }

  static String reasonOf(AuthenticationException exception) {
    if (exception instanceof LockedException) {
      return "locked";
    }
    if (exception instanceof DisabledException) {
      return "disabled";
    }
    return "bad";
  }
}
