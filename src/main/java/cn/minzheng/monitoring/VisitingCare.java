package cn.minzheng.monitoring;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Published: visiting care (巡访关爱) for modules whose staff visit the same people, so that one visit
 * fulfils the plan once. The social-work module records a social worker's visit here when it
 * fulfils a person's open task: the visit is monitoring's (it closes the task and counts in
 * monitoring's visit figures) and the caller keeps its id, so the same visit is never recorded
 * twice.
 */
public interface VisitingCare {

  /** The person's open visiting-care task due first, if any. */
  Optional<OpenTask> openTaskOf(long personId);

  /**
   * Records the visit of {@code fulfilment} for the person's open task {@code taskId} and closes
   * the task; answers the visit's id. Refused ({@link IllegalArgumentException}) when the task is
   * not open or belongs to another person.
   */
  long fulfil(Fulfilment fulfilment, String by);

  /** An open task: the tier's label (e.g. 特困供养人员（每月）) and its due date. */
  record OpenTask(long taskId, long personId, String regionCode, String tierLabel, LocalDate due) {}

  /** A visit made by another module's staff that fulfils the task {@code taskId}. */
  record Fulfilment(
      long taskId, long personId, LocalDate visitedOn, String visitor, String findings) {}
}
