package cn.minzheng.portal.account;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.AuditLog.Outcome;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.OneTimeCodeSender.Purpose;
import cn.minzheng.portal.account.CitizenAccountStore.AccountRow;
import cn.minzheng.portal.account.PortalRateLimiter.Action;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 忘记密码: a code sent to the account's registered phone ({@link AccountCodes}), then a new password
 * under the registration's rules. The reset ends every session of the account and every token of
 * the apps it allowed (whoever knew the old password is out at once), clears the addresses held off
 * after wrong passwords, and is audited. A number without an account gets a wrong code's answer.
 */
@Service
public class PasswordReset {

  static final String BAD_CODE = "验证码错误或已过期，请重新获取";

  /** Either done, or the field errors (field name -> Chinese message), or rate limited. */
  public record Result(boolean done, boolean rateLimited, Map<String, String> errors) {

    static Result refused(Map<String, String> errors) {
      return new Result(false, false, Map.copyOf(errors));
    }
  }

  private final AccountCodes codes;
  private final CitizenAccountStore accounts;
  private final CitizenLoginFailures failures;
  private final AccountSessions sessions;
  private final FieldCipher cipher;
  private final PasswordEncoder passwords;
  private final PortalRateLimiter limits;
  private final AuditLog audit;

  PasswordReset(
      AccountCodes codes,
      CitizenAccountStore accounts,
      CitizenLoginFailures failures,
      AccountSessions sessions,
      FieldCipher cipher,
      PortalPasswords passwords,
      PortalRateLimiter limits,
      AuditLog audit) {
    this.codes = codes;
    this.accounts = accounts;
    this.failures = failures;
    this.sessions = sessions;
    this.cipher = cipher;
    this.passwords = passwords.encoder();
    this.limits = limits;
    this.audit = audit;
  }

  /**
   * Sets the new password when the code is right. A refused password leaves the code unused, so the
   * citizen corrects the password without a new text.
   *
   * @param phone the normalised number the code was sent to
   */
  @Transactional
  public Result reset(
      String phone, String code, String password, String confirmation, String remoteAddress) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (code == null || code.isBlank()) {
      errors.put("code", "请填写短信验证码");
    }
    PasswordRules.check(password, confirmation, errors);
    if (!errors.isEmpty()) {
      return Result.refused(errors);
    }
    String accountKey = HexFormat.of().formatHex(cipher.blindIndex("login:" + phone));
    if (!limits.tryAcquire(Action.LOGIN_PER_ADDRESS, String.valueOf(remoteAddress))
        || !limits.tryAcquire(Action.LOGIN_PER_ACCOUNT, accountKey)) {
      audit.record(
          new AuditEvent(
              "portal.password.reset", "citizen_account", null, Outcome.DENIED, "rate limited"));
      return new Result(false, true, Map.of());
    }
    Optional<AccountRow> account = codes.redeem(phone, Purpose.RESET_PASSWORD, code);
    if (account.isEmpty()) {
      audit.record(
          new AuditEvent(
              "portal.password.reset", "citizen_account", null, Outcome.FAILURE, "bad code"));
      return Result.refused(Map.of("code", BAD_CODE));
    }
    long id = account.get().id();
    accounts.changePassword(id, passwords.encode(password));
    failures.clearAll(id);
    int ended = sessions.endAll(id);
    audit.record(
        AuditEvent.success(
            "portal.password.reset",
            "citizen_account",
            String.valueOf(id),
            ended + " sessions and the apps' tokens ended"));
    return new Result(true, false, Map.of());
  }
}
