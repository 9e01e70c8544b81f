package cn.minzheng.platform.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lockout after repeated wrong passwords (docs/security.md): {@code minzheng.security.lockout.*}.
 * The clock is replaceable so that tests can let the lock expire without waiting.
 */
@Component
public class LockoutPolicy {

  private final int maxAttempts;
  private final Duration duration;
  private volatile Clock clock = Clock.systemUTC();

  LockoutPolicy(
      @Value("${minzheng.security.lockout.max-attempts:5}") int maxAttempts,
      @Value("${minzheng.security.lockout.duration:15m}") Duration duration) {
    this.maxAttempts = maxAttempts;
    this.duration = duration;
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration duration() {
    return duration;
  }

  public Instant now() {
    return clock.instant();
  }

  public Instant lockUntil() {
    return now().plus(duration);
  }

  /** For tests: move time. Pass {@code null} to return to the system clock. */
  public void useClock(Clock testClock) {
    this.clock = testClock == null ? Clock.systemUTC() : testClock;
  }
}
