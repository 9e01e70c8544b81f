package cn.minzheng.monitoring.warnings;

import java.time.Instant;
import java.time.LocalDate;

/** A warning as pages show it. */
public record Warning(
    long id,
    String ruleCode,
    String ruleLabel,
    String level,
    long factId,
    Long[] evidenceFactIds,
    long personId,
    Long householdId,
    String regionCode,
    String assigneeRegionCode,
    String state,
    String assignee,
    String disposal,
    String disposalNote,
    LocalDate deadline,
    int escalations,
    Instant raisedAt) {

  public boolean open() {
    return !"CLOSED".equals(state);
  }

  public boolean overdue(LocalDate today) {
    return ("NEW".equals(state) || "ASSIGNED".equals(state)) && deadline.isBefore(today);
  }
}
