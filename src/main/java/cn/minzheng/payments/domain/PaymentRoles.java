package cn.minzheng.payments.domain;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import java.util.Set;

/** Who may work with rosters, and who may see full account numbers (the bank file). */
public final class PaymentRoles {

  /** Draft, approve, export, import: district and city level. */
  public static final Set<Role> ROSTER_ROLES = Set.of(Role.CITY_ADMIN, Role.DISTRICT_APPROVER);

  private PaymentRoles() {}

  public static boolean mayHandleRosters(StaffUser user) {
    return ROSTER_ROLES.stream().anyMatch(user::has);
  }
}
