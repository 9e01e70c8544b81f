package cn.minzheng.children.allowance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One parent's situation on an application: since when, with what evidence, ended when. */
public record SituationRecord(
    Parent parent,
    ParentSituation situation,
    LocalDate since,
    @Nullable LocalDate endedOn,
    String evidence) {

  public SituationRecord(Parent parent, ParentSituation situation, LocalDate since) {
    this(parent, situation, since, null, "");
  }

  /** In this situation on {@code day}: begun long enough before, and not ended. */
  public boolean holdsOn(LocalDate day) {
    return !since.plusMonths(situation.minimumMonths()).isAfter(day)
        && (endedOn == null || endedOn.isAfter(day));
  }
}
