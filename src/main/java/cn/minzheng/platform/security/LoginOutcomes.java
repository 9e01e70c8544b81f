package cn.minzheng.platform.security;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import jakarta.servlet.ServletException;
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

/**
 * Where the login goes after the password step. Success and failure are audited from Spring
 * Security's events (platform.audit, see {@link StaffLoginEvents}); the half-way state (password
 * right, TOTP next) is recorded here.
 */
@Component
class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  private final AuditLog audit;
  private final StaffLoginEvents events;
  private final SavedRequestAwareAuthenticationSuccessHandler signedIn =
      new SavedRequestAwareAuthenticationSuccessHandler();

  LoginOutcomes(AuditLog audit, StaffLoginEvents events) {
    this.audit = audit;
    this.events = events;
    signedIn.setDefaultTargetUrl("/");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    if (authentication instanceof SecondFactorPending pending) {
      audit.record(
          AuditEvent.success(
              "login.password", "staff_account", pending.getName(), "second factor next"));
      response.sendRedirect(request.getContextPath() + pending.nextStep());
      return;
    }
    signedIn.onAuthenticationSuccess(request, response, authentication);
  }

  /** The end of a login through the TOTP step. */
  void signedInWithSecondFactor(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    events.secondFactorPassed(authentication);
    signedIn.onAuthenticationSuccess(request, response, authentication);
  }

  void secondFactorFailed(Authentication pending) {
    events.secondFactorFailed(pending);
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/login?error=" + reasonOf(exception));
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
