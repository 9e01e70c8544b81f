package cn.minzheng.placenames.web;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fixed-window limit of the public consultation's comment form per client address ({@code
 * minzheng.placenames.comment-rate-limit.per-address} per {@code …period}), so that a script cannot
 * flood a consultation. In memory: each node limits on its own.
 */
@Component
class CommentRateLimiter {

  private record Window(long start, int count) {}

  private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
  private final int perAddress;
  private final Duration period;

  CommentRateLimiter(
      @Value("${minzheng.placenames.comment-rate-limit.per-address:10}") int perAddress,
      @Value("${minzheng.placenames.comment-rate-limit.period:10m}") Duration period) {
    this.perAddress = perAddress;
    this.period = period;
  }

  /** Counts one comment; false when the address's window is used up. */
  boolean tryAcquire(String address) {
    long now = System.currentTimeMillis();
    Window w =
        windows.compute(
            address,
            (k, current) ->
                current == null || now - current.start() >= period.toMillis()
                    ? new Window(now, 1)
                    : new Window(current.start(), current.count() + 1));
    if (windows.size() > 100_000) {
      windows.entrySet().removeIf(e -> now - e.getValue().start() >= period.toMillis());
    }
    return w.count() <= perAddress;
  }
}
