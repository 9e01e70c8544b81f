package cn.minzheng.payments.domain;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code Idempotency-Key} of the payments API: the key and the answer are stored in the same
 * transaction as the effect, so the same key of the same caller gets the same answer and never a
 * second effect. A concurrent second request waits on the key's row and then replays the answer.
 */
@Service
public class IdempotencyKeys {

  /** The stored answer: HTTP status and JSON body. */
  public record Answer(int status, String body) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;

  IdempotencyKeys(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
  }

  public Answer once(String caller, String key, String operation, Supplier<Answer> effect) {
    if (key == null || key.isBlank() || key.length() > 200) {
      throw new RosterRuleViolation("idempotency-key", "请求头 Idempotency-Key 必须提供（1至200个字符）。");
    }
    return tx.execute(
        status -> {
          int claimed =
              jdbc.sql(
                      """
                      insert into payments.idempotency_key (caller, key, operation, status, body)
                      values (?, ?, ?, 0, '') on conflict (caller, key) do nothing""")
                  .params(caller, key, operation)
                  .update();
          if (claimed == 0) {
            return replay(caller, key, operation);
          }
          Answer answer = effect.get();
          jdbc.sql(
                  "update payments.idempotency_key set status = ?, body = ? where caller = ? and key = ?")
              .params(answer.status(), answer.body(), caller, key)
              .update();
          return answer;
        });
  }

  private Answer replay(String caller, String key, String operation) {
    Map<String, Object> row =
        jdbc.sql(
                "select operation, status, body from payments.idempotency_key"
                    + " where caller = ? and key = ?")
            .params(caller, key)
            .query()
            .singleRow();
    if (!operation.equals(row.get("operation"))) {
      throw new RosterRuleViolation("idempotency-key-reused", "此 Idempotency-Key 已用于另一个请求，请使用新的键。");
    }
    return new Answer(((Number) row.get("status")).intValue(), (String) row.get("body"));
  }
}
