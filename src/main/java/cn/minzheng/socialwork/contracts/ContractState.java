package cn.minzheng.socialwork.contracts;

import org.jspecify.annotations.Nullable;

/**
 * Where a contract stands on a day, as the list filters it: not started, running (first to last day
 * of its period), ended and waiting for the evaluation, evaluated. Evaluated wins over the dates.
 */
public enum ContractState {
  UPCOMING("未开始", "c.score is null and c.starts_on > :today"),
  RUNNING("服务期内", "c.score is null and :today between c.starts_on and c.ends_on"),
  AWAITING_EVALUATION("已到期待评估", "c.score is null and c.ends_on < :today"),
  EVALUATED("已评估", "c.score is not null");

  private final String label;
  private final String condition;

  ContractState(String label, String condition) {
    this.label = label;
    this.condition = condition;
  }

  /** The state a filter names, null for none or an unknown name (the list unfiltered). */
  public static @Nullable ContractState parse(@Nullable String name) {
    for (ContractState state : values()) {
      if (state.name().equals(name)) {
        return state;
      }
    }
    return null;
  }

  public String label() {
    return label;
  }

  /** The SQL condition on {@code socialwork.contract c} with the day as {@code :today}. */
  String condition() {
    return condition;
  }
}
