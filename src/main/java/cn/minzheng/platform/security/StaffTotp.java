package cn.minzheng.platform.security;

import cn.minzheng.platform.account.StaffAccount;
import cn.minzheng.platform.account.StaffAccounts;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A staff member's authenticator: offering its secret for enrolment and checking its codes. */
@Component
class StaffTotp {

  private final StaffAccounts accounts;
  private final TotpCodes codes;

  StaffTotp(StaffAccounts accounts, TotpCodes codes) {
    this.accounts = accounts;
    this.codes = codes;
  }

  /**
   * Puts the secret to enrol as QR code and text into the model. A reload shows the same, not yet
   * confirmed secret; a reset by an administrator cleared it, so a fresh one is started.
   */
  void offerSecret(StaffAccount account, Model model) {
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

  /**
   * True when {@code code} fits the account's secret and its time step was not used before (a code
   * seen once is never accepted again).
   */
  boolean accepts(StaffAccount account, String code) {
    OptionalLong step =
        accounts
            .totpSecret(account.id())
            .map(secret -> codes.verify(secret, code))
            .orElse(OptionalLong.empty());
    return step.isPresent()
        && accounts.acceptTotpStep(account.id(), step.getAsLong(), account.username());
  }
}
