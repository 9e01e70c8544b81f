package cn.minzheng.assistance.cases;

import static cn.minzheng.assistance.cases.CaseState.ACCEPTED;
import static cn.minzheng.assistance.cases.CaseState.APPLIED;
import static cn.minzheng.assistance.cases.CaseState.CONFIRMED;
import static cn.minzheng.assistance.cases.CaseState.INVESTIGATED;
import static cn.minzheng.assistance.cases.CaseState.OBJECTED;
import static cn.minzheng.assistance.cases.CaseState.PUBLICITY;
import static cn.minzheng.assistance.cases.CaseState.TOWNSHIP_APPROVED;
import static cn.minzheng.assistance.cases.CaseState.VERIFIED;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import java.util.EnumSet;
import java.util.Set;

/**
 * The actions of the workflow, the states each may start from (the explicit state machine) and the
 * roles that may take it (docs/security.md, role matrix: the community collects and visits, the
 * street office accepts, verifies, reviews and handles objections, the county confirms, refuses and
 * ends). The one check for pages and API alike, made before the case is even read, so that a
 * refused role learns nothing about the case.
 */
public enum CaseAction {
  ACCEPT("受理", EnumSet.of(APPLIED), CaseRoles.OFFICE),
  VERIFY("家庭经济状况核对", EnumSet.of(ACCEPTED, VERIFIED), CaseRoles.OFFICE),
  VISIT("入户调查", EnumSet.of(VERIFIED), CaseRoles.FIELD),
  TOWNSHIP_REVIEW("乡镇（街道）审核", EnumSet.of(INVESTIGATED), CaseRoles.OFFICE),
  /** A citizen's objection on the public page: no staff role. */
  OBJECT("公示异议", EnumSet.of(PUBLICITY), Set.of()),
  RESOLVE_OBJECTION("异议处理", EnumSet.of(OBJECTED), CaseRoles.OFFICE),
  CONFIRM("县级确认", EnumSet.of(PUBLICITY, TOWNSHIP_APPROVED), CaseRoles.COUNTY),
  REFUSE(
      "不予纳入",
      EnumSet.of(APPLIED, ACCEPTED, VERIFIED, INVESTIGATED, PUBLICITY, OBJECTED, TOWNSHIP_APPROVED),
      CaseRoles.COUNTY),
  END("终止保障", EnumSet.of(CONFIRMED), CaseRoles.COUNTY);

  private final String label;
  private final Set<CaseState> from;
  private final Set<Role> roles;

  CaseAction(String label, Set<CaseState> from, Set<Role> roles) {
    this.label = label;
    this.from = from;
    this.roles = roles;
  }

  /** Refuses (403) a staff member none of whose roles may take this action. */
  public void requireRole(StaffUser by) {
    if (!roles.isEmpty()) {
      CaseRoles.require(roles, by, label);
    }
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
