package cn.minzheng.assistance.cases;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The 7-day 公示 of a case: it runs from the day the township review (or a democratic appraisal after
 * an objection) opens it through the 7th day inclusive; from the 8th day it has ended and the
 * county may confirm. An objection pauses it: the case leaves {@code PUBLICITY}, so the period
 * neither runs (off the public list, no further objections) nor ends (no confirmation) until the
 * objection is handled, and an appraisal opens a new full period.
 *
 * @param to the 7th day, inclusive
 */
public record PublicityPeriod(LocalDate from, LocalDate to) {

  static final int DAYS = 7;

  /**
   * The same rule for set-based queries: a case whose publicity has ended before the date bound to
   * the one parameter (ready for the county).
   */
  public static final String ENDED_BEFORE_SQL = "(state = 'PUBLICITY' and publicity_to < ?::date)";

  /** A case whose publicity runs on the date bound to the one parameter (on the public list). */
  public static final String RUNNING_ON_SQL =
      "(state = 'PUBLICITY' and ?::date between publicity_from and publicity_to)";

  /** The period opened on {@code day}. */
  public static PublicityPeriod openedOn(LocalDate day) {
    return new PublicityPeriod(day, day.plusDays(DAYS - 1));
  }

  /** The period of a case in publicity; empty in any other state (an objection pauses it). */
  public static Optional<PublicityPeriod> of(AssistanceCase c) {
    return c.state() == CaseState.PUBLICITY && c.publicityFrom() != null
        ? Optional.of(new PublicityPeriod(c.publicityFrom(), c.publicityTo()))
        : Optional.empty();
  }

  public boolean runsOn(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  public boolean endedBy(LocalDate day) {
    return day.isAfter(to);
  }
}
