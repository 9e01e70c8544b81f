package cn.minzheng.portal.account;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.AuditLog.Outcome;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.portal.account.CitizenAccountStore.AccountRow;
import cn.minzheng.portal.account.PortalRateLimiter.Action;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.InvalidIdCardNoException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Citizens sign in with phone or ID number and password. Five failures from one address hold that
 * address off the account for a while (configurable), never the owner elsewhere; attempts are
 * limited per address and per account; every outcome is audited without the typed name. An unknown
 * number, a held-off address, a disabled account and a wrong password get the same answer after the
 * same hashing work, so the page tells nobody which numbers have an account.
 */
@Service
public class CitizenSignIn {

  /** What happened; {@code citizen} only on success. */
  public record Result(Status status, Citizen citizen) {}

  public enum Status {
    SIGNED_IN,
    BAD_CREDENTIALS,
    RATE_LIMITED
  }

  private final CitizenAccountStore accounts;
  private final CitizenLoginFailures failures;
  private final PersonDirectory persons;
  private final FieldCipher cipher;
  private final PasswordEncoder passwords;
  private final PortalRateLimiter limits;
  private final AuditLog audit;
  private final int maxAttempts;
  private final Duration lockFor;
  private final Clock clock = Clock.systemUTC();
  private final String dummyHash;

  CitizenSignIn(
      CitizenAccountStore accounts,
      CitizenLoginFailures failures,
      PersonDirectory persons,
      FieldCipher cipher,
      PortalPasswords passwords,
      PortalRateLimiter limits,
      AuditLog audit,
      @Value("${minzheng.portal.lockout.max-attempts:5}") int maxAttempts,
      @Value("${minzheng.portal.lockout.duration:15m}") Duration lockFor) {
    this.accounts = accounts;
    this.failures = failures;
    this.persons = persons;
    this.cipher = cipher;
    this.passwords = passwords.encoder();
    this.limits = limits;
    this.audit = audit;
    this.maxAttempts = maxAttempts;
    this.lockFor = lockFor;
    this.dummyHash = this.passwords.encode("timing-equaliser-0");
  }

  public Result signIn(String username, String password, String remoteAddress) {
    String key = username == null ? "" : username.strip().toUpperCase(java.util.Locale.ROOT);
    String accountKey = HexFormat.of().formatHex(cipher.blindIndex("login:" + key));
    if (!limits.tryAcquire(Action.LOGIN_PER_ADDRESS, String.valueOf(remoteAddress))
        || !limits.tryAcquire(Action.LOGIN_PER_ACCOUNT, accountKey)) {
      audit.record(
          new AuditEvent("portal.login", "citizen_account", null, Outcome.DENIED, "rate limited"));
      return new Result(Status.RATE_LIMITED, null);
    }
    Optional<AccountRow> account = find(key);
    if (account.isEmpty()) {
      passwords.matches(password == null ? "" : password, dummyHash);
      return failure(null, "unknown account", Status.BAD_CREDENTIALS);
    }
    AccountRow row = account.get();
    Instant now = clock.instant();
    String address = String.valueOf(remoteAddress);
    if (failures.blocked(row.id(), address, now) || !row.active()) {
      passwords.matches(password == null ? "" : password, dummyHash);
      return failure(row, row.active() ? "address held off" : "disabled", Status.BAD_CREDENTIALS);
    }
    if (password == null || !passwords.matches(password, row.passwordHash())) {
      failures.record(row.id(), address, maxAttempts, now, now.plus(lockFor));
      return failure(row, "bad password", Status.BAD_CREDENTIALS);
    }
    failures.clear(row.id(), address);
    accounts.recordSuccess(row.id());
    audit.record(
        AuditEvent.success("portal.login", "citizen_account", String.valueOf(row.id()), null));
    return new Result(Status.SIGNED_IN, new Citizen(row.id(), row.personId()));
  }

  /**
   * The citizen behind an account that is still active, for an app acting on a token the citizen
   * allowed: a disabled account's tokens reach nothing.
   */
  public Optional<Citizen> activeAccount(long accountId) {
    return accounts
        .findById(accountId)
        .filter(AccountRow::active)
        .map(row -> new Citizen(row.id(), row.personId()));
  }

  private Optional<AccountRow> find(String key) {
    String phone = PhoneNumbers.normalise(key);
    if (phone != null) {
      return accounts.findByPhoneIndex(cipher.blindIndex(phone));
    }
    try {
      return persons
          .findByIdNumber(IdCardNo.parse(key))
          .flatMap(person -> accounts.findByPerson(person.id()));
    } catch (InvalidIdCardNoException e) {
      return Optional.empty();
    }
  }

  private Result failure(AccountRow row, String reason, Status status) {
    String target = row == null ? null : String.valueOf(row.id());
    audit.record(
        new AuditEvent("portal.login", "citizen_account", target, Outcome.FAILURE, reason));
    return new Result(status, null);
  }
}
