package cn.minzheng.assistance.cases;

import static cn.minzheng.assistance.cases.CaseState.ACCEPTED;
import static cn.minzheng.assistance.cases.CaseState.APPLIED;
import static cn.minzheng.assistance.cases.CaseState.CONFIRMED;
import static cn.minzheng.assistance.cases.CaseState.ENDED;
import static cn.minzheng.assistance.cases.CaseState.INVESTIGATED;
import static cn.minzheng.assistance.cases.CaseState.OBJECTED;
import static cn.minzheng.assistance.cases.CaseState.PUBLICITY;
import static cn.minzheng.assistance.cases.CaseState.REFUSED;
import static cn.minzheng.assistance.cases.CaseState.TOWNSHIP_APPROVED;
import static cn.minzheng.assistance.cases.CaseState.VERIFIED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one writer of a case's state. Every change goes through {@link #move}, which checks the pair
 * of states against the table below; {@link CaseAction} says which states an action may start from,
 * this says where a case may go at all (the listeners included).
 */
@Component
public class CaseTransitions {

  /** From each state, the states a case may move to. */
  static final Map<CaseState, Set<CaseState>> ALLOWED =
      Map.of(
          APPLIED, EnumSet.of(ACCEPTED, REFUSED),
          ACCEPTED, EnumSet.of(VERIFIED, REFUSED),
          // a second verification replaces the first (VERIFIED to VERIFIED)
          VERIFIED, EnumSet.of(VERIFIED, INVESTIGATED, REFUSED),
          // 临时救助 skips the publicity: to the township's approval, or on to the county
          INVESTIGATED, EnumSet.of(PUBLICITY, TOWNSHIP_APPROVED, REFUSED),
          PUBLICITY, EnumSet.of(OBJECTED, CONFIRMED, REFUSED),
          // re-investigation goes back to the home visit, an appraisal publicises again
          OBJECTED, EnumSet.of(VERIFIED, PUBLICITY, REFUSED),
          TOWNSHIP_APPROVED, EnumSet.of(CONFIRMED, REFUSED),
          CONFIRMED, EnumSet.of(ENDED),
          REFUSED, EnumSet.noneOf(CaseState.class),
          ENDED, EnumSet.noneOf(CaseState.class));

  private final JdbcClient jdbc;

  CaseTransitions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public static boolean allowed(CaseState from, CaseState to) {
    return ALLOWED.get(from).contains(to);
  }

  /** Moves a case read (and locked) in {@link AssistanceCase#state()} to {@code to}. */
  void move(AssistanceCase c, CaseState to) {
    move(c.id(), c.state(), to);
  }

  /**
   * Moves the case from {@code from} to {@code to}. Refused with a Chinese message when the table
   * does not allow the pair; the row must still be in {@code from} (the caller holds its lock), so
   * a state read earlier is never overwritten.
   */
  public void move(long caseId, CaseState from, CaseState to) {
    if (!allowed(from, to)) {
      throw new CaseRuleViolation(
          "invalid-transition", "案件状态不能由“" + from.label() + "”变为“" + to.label() + "”。");
    }
    int changed =
        jdbc.sql(
                """
                update assistance.assistance_case set state = ?, updated_at = now(),
                       version = version + 1 where id = ? and state = ?""")
            .params(to.name(), caseId, from.name())
            .update();
    if (changed != 1) {
      throw new IllegalStateException("case " + caseId + " is no longer " + from);
    }
  }
}
