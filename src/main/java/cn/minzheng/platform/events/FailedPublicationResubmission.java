package cn.minzheng.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands FAILED event publications to their listeners again (docs/operations.md, "Reliability"): a
 * listener that failed on a passing cause (a lock timeout, the database briefly away) would
 * otherwise wait for the next restart. Only publications older than the minimum age qualify, so
 * that a listener's own retry and a publication still being handled are left alone; at most the cap
 * per run, and no new run while that many are still in flight, so that a listener failing for good
 * cannot flood the executor. Each run that resubmits logs a line and counts on {@code
 * minzheng.events.resubmitted}. Listeners are idempotent (a project rule), so a second delivery is
 * harmless.
 */
@Component
public class FailedPublicationResubmission {

  private static final Logger log = LoggerFactory.getLogger(FailedPublicationResubmission.class);

  private final FailedEventPublications failed;
  private final Duration minAge;
  private final int cap;
  private final Counter resubmitted;
  private final Clock clock;

  @Autowired
  FailedPublicationResubmission(
      FailedEventPublications failed,
      MeterRegistry meters,
      @Value("${minzheng.events.resubmission.min-age:PT10M}") Duration minAge,
      @Value("${minzheng.events.resubmission.cap:50}") int cap) {
    this(failed, meters, minAge, cap, Clock.systemUTC());
  }

  FailedPublicationResubmission(
      FailedEventPublications failed, MeterRegistry meters, Duration minAge, int cap, Clock clock) {
    if (cap <= 0 || minAge.isNegative()) {
      throw new IllegalArgumentException("resubmission cap " + cap + ", min age " + minAge);
    }
    this.failed = failed;
    this.minAge = minAge;
    this.cap = cap;
    this.clock = clock;
    this.resubmitted =
        Counter.builder("minzheng.events.resubmitted")
            .description("failed event publications handed to their listeners again")
            .register(meters);
  }

  /** The scheduled run with the configured minimum age and cap. */
  @Scheduled(
      fixedDelayString = "${minzheng.events.resubmission.interval:PT5M}",
      initialDelayString = "${minzheng.events.resubmission.initial-delay:PT5M}")
  public void resubmitScheduled() {
    resubmit(minAge, cap, publication -> true);
  }

  /**
   * Resubmits at most {@code cap} FAILED publications first published more than {@code minAge} ago
   * and accepted by {@code which}; answers how many were handed over (their listeners run
   * asynchronously).
   */
  public int resubmit(Duration minAge, int cap, Predicate<EventPublication> which) {
    Instant cutoff = clock.instant().minus(minAge);
    AtomicInteger handedOver = new AtomicInteger();
    failed.resubmit(
        ResubmissionOptions.defaults()
            .withMinAge(minAge)
            .withBatchSize(cap)
            .withMaxInFlight(cap)
            // the age again here: Modulith 2.0.3's JDBC repository ignores the minimum age
            // (spring-modulith#1943, fixed in 2.0.9)
            .withFilter(
                publication -> {
                  boolean due =
                      !publication.getPublicationDate().isAfter(cutoff)
                          && which.test(publication)
                          && handedOver.get() < cap;
                  if (due) {
                    handedOver.incrementAndGet();
                  }
                  return due;
                }));
    int count = handedOver.get();
    if (count > 0) {
      resubmitted.increment(count);
      log.info(
          "Resubmitted {} failed event publication(s) older than {} (cap {} per run)",
          count,
          minAge,
          cap);
    }
    return count;
  }
}
