package cn.minzheng.portal.codes;

import cn.minzheng.portal.TextMessageSender;
import cn.minzheng.shared.Masking;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;

/**
 * Development and demo only: instead of an SMS, keeps the last texts in memory for the
 * administrators' page and for tests. Phones only masked and as a digest; nothing is logged.
 */
public class DevelopmentTextSender implements TextMessageSender {

  private static final int KEEP = 200;

  /** A text as the page shows it. */
  public record SentText(String maskedPhone, String text, Instant sentAt) {}

  private record Entry(String phoneDigest, SentText text) {}

  private final Deque<Entry> sent = new ArrayDeque<>();

  @Override
  public synchronized void send(String phone, String text) {
    sent.addFirst(
        new Entry(digest(phone), new SentText(Masking.phone(phone), text, Instant.now())));
    while (sent.size() > KEEP) {
      sent.removeLast();
    }
  }

  /** Newest first. */
  public synchronized List<SentText> recent() {
    return sent.stream().map(Entry::text).toList();
  }

  /** The texts sent to the phone, newest first (tests). */
  public synchronized List<String> textsTo(String phone) {
    String digest = digest(phone);
    return sent.stream()
        .filter(e -> e.phoneDigest().equals(digest))
        .map(e -> e.text().text())
        .toList();
  }

  private static String digest(String phone) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(phone.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
