package cn.minzheng.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.EventPublication;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A listener that fails once is handed its FAILED publication again by the resubmission (not only
 * at the next restart) and completes; a publication younger than the minimum age waits; no more
 * than the cap per run.
 */
@SpringBootTest
@Import(FailedPublicationResubmissionTest.FlakyListener.class)
class FailedPublicationResubmissionTest {

  private static final Duration GENEROUS = Duration.ofSeconds(90);

  @Autowired FailedPublicationResubmission resubmission;
  @Autowired FlakyListener listener;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  @Test
  void aListenerFailingOnceIsRetriedAndCompletes() {
    String key = publishFailingOnce();
    awaitFailed(key);

    assertThat(resubmission.resubmit(Duration.ofHours(1), 100, only(key)))
        .as("a publication younger than the minimum age waits")
        .isZero();
    assertThat(resubmission.resubmit(Duration.ZERO, 100, only(key))).isOne();

    await().atMost(GENEROUS).until(() -> listener.completed(key));
    assertThat(listener.attempts(key)).isEqualTo(2);
    await()
        .atMost(GENEROUS)
        .untilAsserted(
            () -> {
              assertThat(publications("event_publication", key)).as("still open").isZero();
              assertThat(publications("event_publication_archive", key)).as("archived").isOne();
            });
  }

  @Test
  void noMoreThanTheCapPerRun() {
    String first = publishFailingOnce();
    String second = publishFailingOnce();
    awaitFailed(first);
    awaitFailed(second);

    // the cap bounds what Modulith reads: another test's older failed publication would take it
    assumeTrue(failedOtherThan(first, second) == 0, "no other failed publication in the database");
    int handedOver = resubmission.resubmit(Duration.ZERO, 1, only(first).or(only(second)));
    assertThat(handedOver).isOne();
    await().atMost(GENEROUS).until(() -> listener.retried(first) || listener.retried(second));
    String retried = listener.retried(first) ? first : second;
    String waiting = retried.equals(first) ? second : first;
    await().atMost(GENEROUS).until(() -> listener.completed(retried));
    assertThat(listener.attempts(waiting)).as("the one over the cap").isOne();

    assertThat(resubmission.resubmit(Duration.ZERO, 5, only(waiting))).isOne();
    await().atMost(GENEROUS).until(() -> listener.completed(waiting));
  }

  private String publishFailingOnce() {
    String key = "flaky-" + UUID.randomUUID();
    transactions.executeWithoutResult(s -> events.publishEvent(new FlakyEvent(key)));
    return key;
  }

  private void awaitFailed(String key) {
    await()
        .atMost(GENEROUS)
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from event_publication where status = 'FAILED'"
                                + " and serialized_event like :key")
                        .param("key", "%" + key + "%")
                        .query(Long.class)
                        .single()
                    == 1);
    assertThat(listener.attempts(key)).isOne();
  }

  private long failedOtherThan(String first, String second) {
    return jdbc.sql(
            "select count(*) from event_publication where status = 'FAILED'"
                + " and serialized_event not like :first and serialized_event not like :second")
        .param("first", "%" + first + "%")
        .param("second", "%" + second + "%")
        .query(Long.class)
        .single();
  }

  private long publications(String table, String key) {
    return jdbc.sql(
            "select count(*) from "
                + table
                + " where serialized_event like :key and completion_date is "
                + (table.endsWith("archive") ? "not null" : "null"))
        .param("key", "%" + key + "%")
        .query(Long.class)
        .single();
  }

  private static Predicate<EventPublication> only(String key) {
    return p -> p.getEvent() instanceof FlakyEvent e && e.key().equals(key);
  }

  public record FlakyEvent(String key) {}

  /**
   * Fails on the first delivery of every event, completes on the next. Read through methods: the
   * bean is a proxy (asynchronous, transactional listener), whose own fields stay empty.
   */
  @TestConfiguration(proxyBeanMethods = false)
  public static class FlakyListener {

    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Set<String> completed = ConcurrentHashMap.newKeySet();

    @ApplicationModuleListener
    public void on(FlakyEvent event) {
      int attempt =
          attempts.computeIfAbsent(event.key(), k -> new AtomicInteger()).incrementAndGet();
      if (attempt == 1) {
        throw new IllegalStateException("a passing failure of " + event.key());
      }
      completed.add(event.key());
    }

    public int attempts(String key) {
      AtomicInteger count = attempts.get(key);
      return count == null ? 0 : count.get();
    }

    public boolean completed(String key) {
      return completed.contains(key);
    }

    public boolean retried(String key) {
      return attempts(key) > 1;
    }
  }
}
