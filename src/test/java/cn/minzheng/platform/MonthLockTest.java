package cn.minzheng.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.YearMonth;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The month lock on the real database: a second transaction on the same work and month waits until
 * the first ends; another month or another work does not wait; outside a transaction it refuses.
 */
@SpringBootTest
class MonthLockTest {

  // a work name no production code uses, so that nothing else contends for these locks
  static final String WORK = "test.month-lock";
  static final YearMonth MONTH = YearMonth.of(2031, 5);

  @Autowired MonthLock lock;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aSecondRunOfTheSameMonthWaitsUntilTheFirstTransactionEnds() throws Exception {
    TransactionTemplate tx = new TransactionTemplate(transactions);
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () ->
                tx.executeWithoutResult(
                    s -> {
                      lock.acquire(WORK, MONTH);
                      held.countDown();
                      await(release);
                    }));
    assertThat(held.await(60, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Long> second =
        CompletableFuture.supplyAsync(
            () ->
                tx.execute(
                    s -> {
                      lock.acquire(WORK, MONTH);
                      return System.nanoTime();
                    }));
    // the second is seen waiting on the database, not merely slow
    Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> waitingAdvisoryLocks() >= 1);
    assertThat(second).isNotDone();
    long released = System.nanoTime();
    release.countDown();
    first.get(60, TimeUnit.SECONDS);
    assertThat(second.get(60, TimeUnit.SECONDS)).isGreaterThan(released);
    assertThat(waitingAdvisoryLocks()).isZero();
  }

  @Test
  void anotherMonthAndAnotherWorkDoNotWait() throws Exception {
    TransactionTemplate tx = new TransactionTemplate(transactions);
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> first =
        CompletableFuture.runAsync(
            () ->
                tx.executeWithoutResult(
                    s -> {
                      lock.acquire(WORK, MONTH);
                      held.countDown();
                      await(release);
                    }));
    try {
      assertThat(held.await(60, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<Void> others =
          CompletableFuture.runAsync(
              () ->
                  tx.executeWithoutResult(
                      s -> {
                        lock.acquire(WORK, MONTH.plusMonths(1));
                        lock.acquire(WORK + ".other", MONTH);
                      }));
      others.get(60, TimeUnit.SECONDS);
    } finally {
      release.countDown();
      first.get(60, TimeUnit.SECONDS);
    }
  }

  @Test
  void outsideATransactionItRefusesInsteadOfLockingNothing() {
    assertThatThrownBy(() -> lock.acquire(WORK, MONTH))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("transaction");
  }

  private long waitingAdvisoryLocks() {
    return jdbc.sql(
            "select count(*) from pg_locks where locktype = 'advisory' and not granted"
                + " and objid = hashtext(:month)::oid")
        .param("month", MONTH.toString())
        .query(Long.class)
        .single();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
