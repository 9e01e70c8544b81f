package cn.minzheng.assistance.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CaseTransitionTableTest {

  @Test
  void everyStateHasARowAndTheClosedStatesLeadNowhere() {
    assertThat(CaseTransitions.ALLOWED.keySet()).containsExactlyInAnyOrder(CaseState.values());
    for (CaseState to : CaseState.values()) {
      assertThat(CaseTransitions.allowed(CaseState.REFUSED, to)).isFalse();
      assertThat(CaseTransitions.allowed(CaseState.ENDED, to)).isFalse();
    }
  }

  @Test
  void aCaseReachesConfirmationOnlyFromPublicityOrTheTownshipsApproval() {
    EnumSet<CaseState> into = EnumSet.noneOf(CaseState.class);
    for (CaseState from : CaseState.values()) {
      if (CaseTransitions.allowed(from, CaseState.CONFIRMED)) {
        into.add(from);
      }
    }
    assertThat(into).containsExactlyInAnyOrder(CaseState.PUBLICITY, CaseState.TOWNSHIP_APPROVED);
    assertThat(CaseTransitions.allowed(CaseState.APPLIED, CaseState.CONFIRMED)).isFalse();
    assertThat(CaseTransitions.allowed(CaseState.CONFIRMED, CaseState.PUBLICITY)).isFalse();
  }

  /** Every action's starting states lead somewhere in the table: no action is dead on arrival. */
  @Test
  void everyStateAnActionStartsFromHasAWayOut() {
    for (CaseAction action : CaseAction.values()) {
      for (CaseState from : CaseState.values()) {
        if (action.allowedFrom(from)) {
          assertThat(CaseTransitions.ALLOWED.get(from)).as(action + " from " + from).isNotEmpty();
        }
      }
    }
  }
}
