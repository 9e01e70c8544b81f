package cn.minzheng.platform.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per key (client address, username), in memory. One node only: a cluster needs a
 * shared store (a PostgreSQL table or Redis) so that an attacker cannot spread attempts over nodes.
 */
public final class TokenBuckets {

  private static final int PRUNE_ABOVE = 10_000;

  private final int capacity;
  private final long nanosPerToken;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** {@code capacity} attempts at once, refilled completely over {@code refillPeriod}. */
  public TokenBuckets(int capacity, Duration refillPeriod) {
    this.capacity = capacity;
    this.nanosPerToken = Math.max(1, refillPeriod.toNanos() / capacity);
  }

  public boolean tryAcquire(String key) {
    long now = System.nanoTime();
    if (buckets.size() > PRUNE_ABOVE) {
      buckets.values().removeIf(bucket -> bucket.isFull(now));
    }
    return buckets.computeIfAbsent(key, k -> new Bucket(capacity, now)).tryTake(now);
  }

  /** Seconds until the next attempt is allowed, for {@code Retry-After}. */
  public long retryAfterSeconds() {
    return Math.max(1, Duration.ofNanos(nanosPerToken).toSeconds());
  }

  private final class Bucket {
    private double tokens;
    private long updatedAt;

    Bucket(int tokens, long now) {
      this.tokens = tokens;
      this.updatedAt = now;
    }

    synchronized boolean tryTake(long now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return true;
      }
      return false;
    }

    synchronized boolean isFull(long now) {
      refill(now);
      return tokens >= capacity;
    }

    private void refill(long now) {
      tokens = Math.min(capacity, tokens + (double) (now - updatedAt) / nanosPerToken);
      updatedAt = now;
    }
  }
}
