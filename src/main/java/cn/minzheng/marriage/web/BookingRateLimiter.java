package cn.minzheng.marriage.web;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fixed-window limits of the booking endpoints (book, cancel) per citizen account and per client
 * address, so that a script cannot sweep the seats of a peak day's opening minute. In memory: each
 * node limits on its own.
 */
@Component
class BookingRateLimiter {

  private record Window(long start, int count) {}

  private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
  private final int perAccount;
  private final int perAddress;
  private final Duration period;

  BookingRateLimiter(
      @Value("${minzheng.marriage.rate-limit.per-account:10}") int perAccount,
      @Value("${minzheng.marriage.rate-limit.per-address:60}") int perAddress,
      @Value("${minzheng.marriage.rate-limit.period:1m}") Duration period) {
    this.perAccount = perAccount;
    this.perAddress = perAddress;
    this.period = period;
  }

  /** Counts one request; false when the account's or the address's window is used up. */
  boolean tryAcquire(long accountId, String address) {
    boolean account = count("a:" + accountId) <= perAccount;
    boolean addr = count("ip:" + address) <= perAddress;
    return account && addr;
  }

  long retryAfterSeconds() {
    return period.toSeconds();
  }

  private int count(String key) {
    long now = System.currentTimeMillis();
    Window w =
        windows.compute(
            key,
            (k, current) ->
                current == null || now - current.start() >= period.toMillis()
                    ? new Window(now, 1)
                    : new Window(current.start(), current.count() + 1));
    if (windows.size() > 100_000) {
      windows.entrySet().removeIf(e -> now - e.getValue().start() >= period.toMillis());
    }
    return w.count();
  }
}
