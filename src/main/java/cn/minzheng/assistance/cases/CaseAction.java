package cn.minzheng.assistance.cases;

import static cn.minzheng.assistance.cases.CaseState.ACCEPTED;
import static cn.minzheng.assistance.cases.CaseState.APPLIED;
import static cn.minzheng.assistance.cases.CaseState.CONFIRMED;
import static cn.minzheng.assistance.cases.CaseState.INVESTIGATED;
import static cn.minzheng.assistance.cases.CaseState.OBJECTED;
import static cn.minzheng.assistance.cases.CaseState.PUBLICITY;
import static cn.minzheng.assistance.cases.CaseState.TOWNSHIP_APPROVED;
import static cn.minzheng.assistance.cases.CaseState.VERIFIED;

import java.util.EnumSet;
import java.util.Set;

/** The actions of the workflow and the states each may start from: the explicit state machine. */
public enum CaseAction {
  ACCEPT("受理", EnumSet.of(APPLIED)),
  VERIFY("家庭经济状况核对", EnumSet.of(ACCEPTED, VERIFIED)),
  VISIT("入户调查", EnumSet.of(VERIFIED)),
  TOWNSHIP_REVIEW("乡镇（街道）审核", EnumSet.of(INVESTIGATED)),
  OBJECT("公示异议", EnumSet.of(PUBLICITY)),
  RESOLVE_OBJECTION("异议处理", EnumSet.of(OBJECTED)),
  CONFIRM("县级确认", EnumSet.of(PUBLICITY, TOWNSHIP_APPROVED)),
  REFUSE(
      "不予纳入",
      EnumSet.of(
          APPLIED, ACCEPTED, VERIFIED, INVESTIGATED, PUBLICITY, OBJECTED, TOWNSHIP_APPROVED)),
  END("终止保障", EnumSet.of(CONFIRMED));

  private final String label;
  private final Set<CaseState> from;

  CaseAction(String label, Set<CaseState> from) {
    this.label = label;
    this.from = from;
  }

  public String label() {
    return label;
  }

  public boolean allowedFrom(CaseState state) {
    return from.contains(state);
  }

  /** Refuses an action the state machine does not allow, with a message in Chinese. */
  public void requireFrom(CaseState state) {
    if (!allowedFrom(state)) {
      throw new CaseRuleViolation(
          "invalid-transition", "案件当前状态为“" + state.label() + "”，不能执行“" + label + "”。");
    }
  }
}
