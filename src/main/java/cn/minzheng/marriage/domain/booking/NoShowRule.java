package cn.minzheng.marriage.domain.booking;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code threshold} no-shows within {@code windowDays} block online booking for {@code blockDays}
 * after the no-show that reached the threshold (defaults: 2 in 90 days block 30 days). The rule is
 * applied by the booking statement itself ({@code marriage.no_show_blocks}, migration V8: a booking
 * is one round trip); these are its configured numbers.
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

  int threshold() {
    return threshold;
  }

  int windowDays() {
    return windowDays;
  }

  int blockDays() {
    return blockDays;
  }
}
