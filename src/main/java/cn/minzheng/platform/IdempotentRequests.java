package cn.minzheng.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code Idempotency-Key} of an API command that creates something: the key and the stored answer
 * are written in the same transaction as the effect, so the same key of the same caller gets the
 * same answer and never a second effect; a concurrent second request waits on the key's row and
 * then replays. Each module keeps the keys in a table of its own schema (columns {@code caller,
 * key, operation, status, body}, primary key {@code (caller, key)}), named when the module creates
 * its instance: the keys stay with the data they protect.
 */
@NamedInterface("api")
public final class IdempotentRequests {

  /** The stored answer: HTTP status and JSON body. */
  public record Answer(int status, String body) {}

  private static final Pattern TABLE = Pattern.compile("[a-z_]+\\.[a-z_]+");

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final String table;

  public IdempotentRequests(
      JdbcClient jdbc, PlatformTransactionManager transactions, String table) {
    if (!TABLE.matcher(table).matches()) {
      throw new IllegalArgumentException("not a schema-qualified table name: " + table);
    }
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.table = table;
  }

  /**
   * Runs {@code effect} once per caller and key. {@code operation} describes the request (method,
   * target, body): the same key with another request is refused, not replayed.
   */
  public Answer once(String caller, String key, String operation, Supplier<Answer> effect) {
    if (key == null || key.isBlank() || key.length() > 200) {
      throw new InvalidInput("Idempotency-Key", "请求头 Idempotency-Key 必须提供（1至200个字符）");
    }
    return tx.execute(
        status -> {
          int claimed =
              jdbc.sql(
                      "insert into "
                          + table
                          + " (caller, key, operation, status, body) values (?, ?, ?, 0, '')"
                          + " on conflict (caller, key) do nothing")
                  .params(caller, key, operation)
                  .update();
          if (claimed == 0) {
            return replay(caller, key, operation);
          }
          Answer answer = effect.get();
          jdbc.sql("update " + table + " set status = ?, body = ? where caller = ? and key = ?")
              .params(answer.status(), answer.body(), caller, key)
              .update();
          return answer;
        });
  }

  /**
   * What identifies a request without keeping it: personal data (ID numbers, a consent reference)
   * enters the key table only as this SHA-256 digest.
   */
  public static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Answer replay(String caller, String key, String operation) {
    Map<String, Object> row =
        jdbc.sql("select operation, status, body from " + table + " where caller = ? and key = ?")
            .params(caller, key)
            .query()
            .singleRow();
    if (!operation.equals(row.get("operation"))) {
      throw new ProblemException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "Idempotency-Key 已被使用",
          "此 Idempotency-Key 已用于另一个请求，请使用新的键。",
          "Idempotency-Key",
          "idempotency-key-reused");
    }
    return new Answer(((Number) row.get("status")).intValue(), (String) row.get("body"));
  }
}
