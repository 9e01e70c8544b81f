package cn.minzheng.platform.security;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.account.StaffAccount;
import cn.minzheng.platform.account.StaffAccounts;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 账户安全: a signed-in staff member whose role does not demand TOTP may still enrol an authenticator;
 * from then on every login asks for its code. Replacing an enrolled authenticator goes through a
 * security administrator (reset), never through a session alone.
 */
@Controller
class AccountSecurityController {

  private final StaffAccounts accounts;
  private final TotpCodes codes;
  private final CurrentUser currentUser;
  private final AuditLog audit;

  AccountSecurityController(
      StaffAccounts accounts, TotpCodes codes, CurrentUser currentUser, AuditLog audit) {
    this.accounts = accounts;
    this.codes = codes;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  @GetMapping("/account/security")
  String page(Model model) {
    StaffAccount account = account();
    model.addAttribute("account", account);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("账户安全")));
    if (!account.totpEnrolled()) {
      String secret =
          accounts
              .totpSecret(account.id())
              .orElseGet(
                  () -> {
                    String fresh = codes.newSecret();
                    accounts.startTotpEnrolment(account.id(), fresh, account.username());
                    return fresh;
                  });
      model.addAttribute("qrCode", codes.qrDataUri(account.username(), secret));
      model.addAttribute("secret", secret);
    }
    return "account-security";
  }

  @PostMapping("/account/security/totp")
  String enrol(@RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
    StaffAccount account = account();
    if (account.totpEnrolled()) {
      return "redirect:/account/security";
    }
    OptionalLong step =
        accounts
            .totpSecret(account.id())
            .map(secret -> codes.verify(secret, code))
            .orElse(OptionalLong.empty());
    if (step.isEmpty()
        || !accounts.acceptTotpStep(account.id(), step.getAsLong(), account.username())) {
      redirect.addFlashAttribute("failure", "动态验证码错误，请重新输入。");
      return "redirect:/account/security";
    }
    audit.record(
        AuditEvent.success("account.totp-enrol", "staff_account", account.username(), null));
    redirect.addFlashAttribute("message", "身份验证器已绑定，今后登录时需输入动态验证码。");
    return "redirect:/account/security";
  }

  private StaffAccount account() {
    StaffUser user = currentUser.require();
    return accounts
        .findById(user.id())
        .orElseThrow(() -> new cn.minzheng.platform.RecordNotFoundException("staff account"));
  }
}
