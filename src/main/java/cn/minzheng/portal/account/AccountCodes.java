package cn.minzheng.portal.account;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.AuditLog.Outcome;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.OneTimeCodeSender.Purpose;
import cn.minzheng.portal.account.CitizenAccountStore.AccountRow;
import cn.minzheng.portal.account.PortalRateLimiter.Action;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * One-time codes to the phone of an existing account (sign-in by code, 忘记密码). A number with an
 * account and one without get the same answer, so these pages tell nobody which numbers are
 * registered; only a registered number is sent a text (a code for nobody would cost money and
 * bother a stranger). Limited per address and per phone, together with registration's codes.
 */
@Service
public class AccountCodes {

  /** What became of a request for a code. */
  public enum Sent {
    /** Sent when the number has an active account; the caller cannot tell. */
    SENT,
    RATE_LIMITED,
    /** No SMS gateway configured: the same for every number. */
    UNAVAILABLE
  }

  private final OneTimeCodes codes;
  private final CitizenAccountStore accounts;
  private final FieldCipher cipher;
  private final PortalRateLimiter limits;
  private final AuditLog audit;

  AccountCodes(
      OneTimeCodes codes,
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
   * @param phone a normalised mainland mobile number ({@link PhoneNumbers#normalise})
   */
  public Sent send(String phone, Purpose purpose, String remoteAddress) {
    if (!codes.available()) {
      return Sent.UNAVAILABLE;
    }
    String phoneKey = HexFormat.of().formatHex(cipher.blindIndex(phone));
    if (!limits.tryAcquire(Action.CODE_PER_ADDRESS, String.valueOf(remoteAddress))
        || !limits.tryAcquire(Action.CODE_PER_PHONE, phoneKey)) {
      audit.record(
          new AuditEvent(
              "portal.code.sent", "one_time_code", purpose.name(), Outcome.DENIED, "rate limited"));
      return Sent.RATE_LIMITED;
    }
    if (activeAccount(phone).isPresent()) {
      codes.issue(phone, purpose);
    } else {
      audit.record(
          new AuditEvent(
              "portal.code.sent",
              "one_time_code",
              purpose.name(),
              Outcome.FAILURE,
              "no active account for the number"));
    }
    return Sent.SENT;
  }

  /**
   * The active account of the phone when {@code code} is its latest unused, unexpired code for the
   * purpose; a wrong code counts a try ({@link OneTimeCodes#consume}).
   */
  Optional<AccountRow> redeem(String phone, Purpose purpose, String code) {
    if (!codes.consume(phone, purpose, code)) {
      return Optional.empty();
    }
    return activeAccount(phone);
  }

  private Optional<AccountRow> activeAccount(String phone) {
    return accounts.findByPhoneIndex(cipher.blindIndex(phone)).filter(AccountRow::active);
  }
}
