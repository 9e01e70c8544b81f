package cn.minzheng.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What a finished run did: its final counts, the outcome in Chinese as the page would have said it,
 * and the page of what it produced (a feed batch), if any.
 */
@NamedInterface("jobs")
public record JobOutcome(
    long read, long accepted, long refused, String summary, @Nullable String resultLink) {

  public static JobOutcome of(long read, long accepted, long refused, String summary) {
    return new JobOutcome(read, accepted, refused, summary, null);
  }

  public JobOutcome linkedTo(String link) {
    return new JobOutcome(read, accepted, refused, summary, link);
  }
}
