package cn.minzheng.portal.account;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.AuditLog.Outcome;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.portal.OneTimeCodeSender.Purpose;
import cn.minzheng.portal.account.CitizenAccountStore.AccountRow;
import cn.minzheng.portal.account.CitizenSignIn.Result;
import cn.minzheng.portal.account.CitizenSignIn.Status;
import cn.minzheng.portal.account.PortalRateLimiter.Action;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * 短信验证码登录: the phone's one-time code instead of the password. The code is the phone's latest,
 * unexpired and unused ({@link OneTimeCodes}: 5 minutes, single use, void after five wrong tries);
 * the attempts count against the same per-address and per-account limits as password sign-ins (the
 * account key is the same for a phone number), and the outcome is audited like theirs. A number
 * without an account never got a code, so it gets the answer of a wrong code.
 */
@Service
public class CodeSignIn {

  private final AccountCodes codes;
  private final CitizenAccountStore accounts;
  private final FieldCipher cipher;
  private final PortalRateLimiter limits;
  private final AuditLog audit;

  CodeSignIn(
      AccountCodes codes,
      CitizenAccountStore accounts,
      FieldCipher cipher,
      PortalRateLimiter limits,
      AuditLog audit) {
    this.codes = codes;
    this.accounts = accounts;
    this.cipher = cipher;
    this.limits = limits;
    this.audit = audit;
  }

  /**
   * @param phone the normalised number the code was sent to
   */
  public Result signIn(String phone, String code, String remoteAddress) {
    String accountKey = HexFormat.of().formatHex(cipher.blindIndex("login:" + phone));
    if (!limits.tryAcquire(Action.LOGIN_PER_ADDRESS, String.valueOf(remoteAddress))
        || !limits.tryAcquire(Action.LOGIN_PER_ACCOUNT, accountKey)) {
      audit.record(
          new AuditEvent("portal.login", "citizen_account", null, Outcome.DENIED, "rate limited"));
      return new Result(Status.RATE_LIMITED, null);
    }
    Optional<AccountRow> account = codes.redeem(phone, Purpose.SIGN_IN, code);
    if (account.isEmpty()) {
      audit.record(
          new AuditEvent(
              "portal.login", "citizen_account", null, Outcome.FAILURE, "sms code: bad code"));
      return new Result(Status.BAD_CREDENTIALS, null);
    }
    AccountRow row = account.get();
    accounts.recordSuccess(row.id());
    audit.record(
        AuditEvent.success(
            "portal.login", "citizen_account", String.valueOf(row.id()), "sms code"));
    return new Result(Status.SIGNED_IN, new Citizen(row.id(), row.personId()));
  }
}
