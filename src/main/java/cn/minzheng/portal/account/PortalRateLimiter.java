package cn.minzheng.portal.account;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fixed-window limits for the portal's login and one-time-code endpoints, per client address and
 * per account name or phone (keys are blind-index hex or addresses, never plain phone numbers). In
 * memory: each node limits on its own, which only makes a distributed attack a little faster.
 */
@Component
public class PortalRateLimiter {

  /** The kinds of limited actions. */
  public enum Action {
    LOGIN_PER_ADDRESS,
    LOGIN_PER_ACCOUNT,
    CODE_PER_ADDRESS,
    CODE_PER_PHONE
  }

  private record Window(long start, int count) {}

  private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
  private final Clock clock = Clock.systemUTC();
  private final int loginPerAddress;
  private final int loginPerAccount;
  private final int codePerAddress;
  private final int codePerPhone;
  private final Duration period;

  PortalRateLimiter(
      @Value("${minzheng.portal.rate-limit.login-per-address:30}") int loginPerAddress,
      @Value("${minzheng.portal.rate-limit.login-per-account:10}") int loginPerAccount,
      @Value("${minzheng.portal.rate-limit.code-per-address:10}") int codePerAddress,
      @Value("${minzheng.portal.rate-limit.code-per-phone:3}") int codePerPhone,
      @Value("${minzheng.portal.rate-limit.period:10m}") Duration period) {
    this.loginPerAddress = loginPerAddress;
    this.loginPerAccount = loginPerAccount;
    this.codePerAddress = codePerAddress;
    this.codePerPhone = codePerPhone;
    this.period = period;
  }

  /** Counts the attempt; false when the limit of the current window is used up. */
  public boolean tryAcquire(Action action, String key) {
    long now = clock.millis();
    int limit = limit(action);
    Window window =
        windows.compute(
            action + ":" + key,
            (k, current) ->
                current == null || now - current.start() >= period.toMillis()
                    ? new Window(now, 1)
                    : new Window(current.start(), current.count() + 1));
    if (windows.size() > 100_000) {
      windows.entrySet().removeIf(e -> now - e.getValue().start() >= period.toMillis());
    }
    return window.count() <= limit;
  }

  public long retryAfterSeconds() {
    return period.toSeconds();
  }

  private int limit(Action action) {
    return switch (action) {
      case LOGIN_PER_ADDRESS -> loginPerAddress;
      case LOGIN_PER_ACCOUNT -> loginPerAccount;
      case CODE_PER_ADDRESS -> codePerAddress;
      case CODE_PER_PHONE -> codePerPhone;
    };
  }
}
