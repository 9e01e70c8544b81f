package cn.minzheng.socialwork.web;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place of the module's role rules, used by pages and API alike; checked before a record is
 * read or input bound (the region scope is then checked per record by DataScope).
 */
@Component
class SocialWorkAccess {

  /** Read workers, stations and services; record services (community workers visit). */
  static final Set<Role> STAFF =
      EnumSet.of(
          Role.COMMUNITY_WORKER, Role.STREET_CASEWORKER, Role.DISTRICT_APPROVER, Role.CITY_ADMIN);

  /** Register workers, agencies, stations and posts: the street and the bureau. */
  static final Set<Role> MAINTAIN =
      EnumSet.of(Role.STREET_CASEWORKER, Role.DISTRICT_APPROVER, Role.CITY_ADMIN);

  /** Aggregated coverage (no personal data): staff and auditors. */
  static final Set<Role> STATISTICS =
      EnumSet.of(
          Role.COMMUNITY_WORKER,
          Role.STREET_CASEWORKER,
          Role.DISTRICT_APPROVER,
          Role.CITY_ADMIN,
          Role.AUDITOR);

  /** Purchase-of-service contracts (no personal data): read by the buyers and auditors. */
  static final Set<Role> CONTRACT_READ =
      EnumSet.of(Role.STREET_CASEWORKER, Role.DISTRICT_APPROVER, Role.CITY_ADMIN, Role.AUDITOR);

  /** 局长走流程 is the bureau's own work: county and city keep it. */
  static final Set<Role> WALK = EnumSet.of(Role.DISTRICT_APPROVER, Role.CITY_ADMIN);

  /** The board of measures (no personal data) is also read by auditors. */
  static final Set<Role> WALK_BOARD =
      EnumSet.of(Role.DISTRICT_APPROVER, Role.CITY_ADMIN, Role.AUDITOR);

  /** 开放日 are the bureau's: county and city organise them and mark attendance. */
  static final Set<Role> OPEN_DAY = EnumSet.of(Role.DISTRICT_APPROVER, Role.CITY_ADMIN);

  /** Visitors per open day (counts, no personal data) are also read by auditors. */
  static final Set<Role> OPEN_DAY_READ =
      EnumSet.of(Role.DISTRICT_APPROVER, Role.CITY_ADMIN, Role.AUDITOR);

  private final CurrentUser currentUser;

  SocialWorkAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  StaffUser require(Set<Role> roles) {
    return currentUser
        .staff()
        .filter(u -> u.roles().stream().anyMatch(roles::contains))
        .orElseThrow(() -> new AccessDeniedException("socialwork"));
  }
}
