package cn.minzheng.marriage.domain.booking;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code threshold} no-shows within {@code windowDays} block online booking for {@code blockDays}
 * after the no-show that reached the threshold (defaults: 2 in 90 days block 30 days).
 */
@Component
public class NoShowRule {

  private final int threshold;
  private final int windowDays;
  private final int blockDays;

  public NoShowRule(
      @Value("${minzheng.marriage.no-show.threshold:2}") int threshold,
      @Value("${minzheng.marriage.no-show.window-days:90}") int windowDays,
      @Value("${minzheng.marriage.no-show.block-days:30}") int blockDays) {
    this.threshold = threshold;
    this.windowDays = windowDays;
    this.blockDays = blockDays;
  }

  /** The oldest no-show day that can still matter on {@code today}. */
  public LocalDate lookBackFrom(LocalDate today) {
    return today.minusDays(windowDays + blockDays);
  }

  /**
   * Blocked when some no-show day d reached the threshold (counting the no-shows of the window
   * ending on d) and today is within the {@code blockDays} days after d.
   */
  public boolean blocks(List<LocalDate> noShowDays, LocalDate today) {
    for (LocalDate d : noShowDays) {
      LocalDate windowStart = d.minusDays(windowDays - 1L);
      long inWindow =
          noShowDays.stream().filter(x -> !x.isBefore(windowStart) && !x.isAfter(d)).count();
      boolean blockRunning = !today.isBefore(d) && today.isBefore(d.plusDays(blockDays + 1L));
      if (inWindow >= threshold && blockRunning) {
        return true;
      }
    }
    return false;
  }
}
