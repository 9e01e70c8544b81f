package cn.minzheng.portal.account;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.OneTimeCodeSender;
import cn.minzheng.portal.OneTimeCodeSender.Purpose;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and checks one-time codes: six random digits, valid five minutes, single use, at most five
 * wrong tries. Only a keyed hash is stored; the plain code goes to the sender and nowhere else.
 */
@Service
public class OneTimeCodes {

  public static final Duration VALIDITY = Duration.ofMinutes(5);
  static final int MAX_TRIES = 5;

  private final JdbcClient jdbc;
  private final FieldCipher cipher;
  private final OneTimeCodeSender sender;
  private final AuditLog audit;
  private Clock clock;
  private final SecureRandom random = new SecureRandom();

  OneTimeCodes(JdbcClient jdbc, FieldCipher cipher, OneTimeCodeSender sender, AuditLog audit) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.sender = sender;
    this.audit = audit;
    this.clock = Clock.systemUTC();
  }

  /** Whether codes can be sent at all (an SMS gateway or the development sender is configured). */
  public boolean available() {
    return sender.available();
  }

  /** For tests: expiry is about time; null puts the system clock back. */
  public void useClock(Clock testClock) {
    this.clock = testClock == null ? Clock.systemUTC() : testClock;
  }

  /** Sends a fresh code; earlier unused codes for the same phone and purpose stop working. */
  @Transactional
  public void issue(String phone, Purpose purpose) {
    String code = String.format(java.util.Locale.ROOT, "%06d", random.nextInt(1_000_000));
    Instant expires = clock.instant().plus(VALIDITY);
    byte[] phoneIndex = cipher.blindIndex(phone);
    jdbc.sql(
            """
            update portal.one_time_code set used_at = now()
            where phone_idx = ? and purpose = ? and used_at is null""")
        .params(phoneIndex, purpose.name())
        .update();
    jdbc.sql(
            """
            insert into portal.one_time_code (purpose, phone_idx, code_hash, expires_at)
            values (?, ?, ?, ?)""")
        .params(purpose.name(), phoneIndex, hash(purpose, phone, code), Timestamp.from(expires))
        .update();
    sender.send(phone, code, purpose, expires);
    audit.record(AuditEvent.success("portal.code.sent", "one_time_code", purpose.name(), null));
  }

  /**
   * Consumes the code when it matches the latest unexpired, unused code of the phone. A wrong code
   * counts a try; after five the code is void.
   */
  @Transactional
  public boolean consume(String phone, Purpose purpose, String code) {
    var latest =
        jdbc.sql(
                """
                select id, code_hash, attempts from portal.one_time_code
                where phone_idx = ? and purpose = ? and used_at is null and expires_at > ?
                order by created_at desc, id desc limit 1 for update""")
            .params(cipher.blindIndex(phone), purpose.name(), Timestamp.from(clock.instant()))
            .query((rs, row) -> new Object[] {rs.getLong(1), rs.getBytes(2), rs.getInt(3)})
            .optional();
    if (latest.isEmpty() || code == null || !code.strip().matches("\\d{6}")) {
      return false;
    }
    long id = (Long) latest.get()[0];
    boolean matches =
        MessageDigest.isEqual((byte[]) latest.get()[1], hash(purpose, phone, code.strip()));
    if (matches) {
      jdbc.sql("update portal.one_time_code set used_at = now() where id = ?").param(id).update();
      return true;
    }
    jdbc.sql(
            """
            update portal.one_time_code set attempts = attempts + 1,
              used_at = case when attempts + 1 >= ? then now() else used_at end
            where id = ?""")
        .params(MAX_TRIES, id)
        .update();
    return false;
  }

  private byte[] hash(Purpose purpose, String phone, String code) {
    return cipher.blindIndex("otp:" + purpose.name() + ":" + phone + ":" + code);
  }
}
