package cn.minzheng.portal.codes;

import cn.minzheng.portal.OneTimeCodeSender;
import cn.minzheng.shared.Masking;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Development and demo only: instead of an SMS, keeps the last codes in memory for the
 * administrators' page {@code /admin/dev-codes} (and for tests). Phones are kept masked and as a
 * digest, never in plain text; nothing is logged.
 */
public class DevelopmentCodeSender implements OneTimeCodeSender {

  private static final int KEEP = 200;

  /** A code as the page shows it. */
  public record SentCode(
      String maskedPhone, Purpose purpose, String code, Instant sentAt, Instant expiresAt) {

    public boolean expiredAt(Instant now) {
      return !expiresAt.isAfter(now);
    }
  }

  private record Entry(String phoneDigest, SentCode code) {}

  private final Deque<Entry> sent = new ArrayDeque<>();
  private final Clock clock = Clock.systemUTC();

  @Override
  public synchronized void send(String phone, String code, Purpose purpose, Instant expiresAt) {
    sent.addFirst(
        new Entry(
            digest(phone),
            new SentCode(Masking.phone(phone), purpose, code, clock.instant(), expiresAt)));
    while (sent.size() > KEEP) {
      sent.removeLast();
    }
  }

  /** Newest first. */
  public synchronized List<SentCode> recent() {
    return sent.stream().map(Entry::code).toList();
  }

  /** The newest code sent to the phone, for tests and browser journeys. */
  public synchronized Optional<String> latestCodeFor(String phone) {
    String digest = digest(phone);
    return sent.stream()
        .filter(e -> e.phoneDigest().equals(digest))
        .map(e -> e.code().code())
        .findFirst();
  }

  private static String digest(String phone) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(phone.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
