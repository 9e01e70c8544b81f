package cn.minzheng.assistance.cases;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who does what in a case (docs/security.md, role matrix): the community collects and visits, the
 * street office accepts, verifies, reviews and handles objections, the county confirms, refuses,
 * adjusts and ends. Checked before a case is read, for pages and API alike.
 */
public final class CaseRoles {

  /** Everyone who works cases, the community included. */
  public static final Set<Role> FIELD =
      EnumSet.of(
          Role.COMMUNITY_WORKER, Role.STREET_CASEWORKER, Role.DISTRICT_APPROVER, Role.CITY_ADMIN);

  /** The offices that decide and write to applicants: not the community, which only collects. */
  public static final Set<Role> OFFICE =
      EnumSet.of(Role.STREET_CASEWORKER, Role.DISTRICT_APPROVER, Role.CITY_ADMIN);

  /** The county (and the city): confirmation, refusal, adjustment, end. */
  public static final Set<Role> COUNTY = EnumSet.of(Role.DISTRICT_APPROVER, Role.CITY_ADMIN);

  private CaseRoles() {}

  /** Refuses (403) a staff member none of whose roles is in {@code allowed}. */
  public static void require(Set<Role> allowed, StaffUser by, String what) {
    if (by == null || by.roles().stream().noneMatch(allowed::contains)) {
      throw new AccessDeniedException("“" + what + "”不属于当前角色的职责");
    }
  }
}
