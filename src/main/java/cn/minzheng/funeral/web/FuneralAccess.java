package cn.minzheng.funeral.web;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The role rules of the funeral module, one place for pages and API alike (docs/security.md rows of
 * module funeral). The region scope is checked per record by DataScope.
 */
@Component
class FuneralAccess {

  /** Reads cases, facilities and the configuration. */
  static final Set<Role> STAFF =
      EnumSet.of(
          Role.COMMUNITY_WORKER, Role.STREET_CASEWORKER, Role.DISTRICT_APPROVER, Role.CITY_ADMIN);

  /** Takes the family's application at a counter. */
  static final Set<Role> COUNTER = EnumSet.of(Role.COMMUNITY_WORKER, Role.STREET_CASEWORKER);

  /** Computes the subsidy (maker). */
  static final Set<Role> MAKER = EnumSet.of(Role.STREET_CASEWORKER);

  /** Approves the subsidy (checker). */
  static final Set<Role> CHECKER = EnumSet.of(Role.DISTRICT_APPROVER);

  /**
   * Uploads a funeral home's service records on its behalf: the district or city bureau the home
   * reports to (a home's region is its district, outside a street's scope).
   */
  static final Set<Role> RECORDS = EnumSet.of(Role.DISTRICT_APPROVER, Role.CITY_ADMIN);

  /**
   * Memorial halls: their slots and farewell ceremonies, kept by the district bureau (the halls
   * belong to a district's funeral home) and the city.
   */
  static final Set<Role> HALLS = EnumSet.of(Role.DISTRICT_APPROVER, Role.CITY_ADMIN);

  /**
   * Unidentified bodies (无名遗体): received from the police at a district's funeral home, noticed,
   * identified or cremated — the district bureau the home reports to, and the city.
   */
  static final Set<Role> UNIDENTIFIED = EnumSet.of(Role.DISTRICT_APPROVER, Role.CITY_ADMIN);

  /** Facilities, prices and the relief amounts. */
  static final Set<Role> ADMIN = EnumSet.of(Role.CITY_ADMIN);

  /** Aggregated statistics (no person). */
  static final Set<Role> STATISTICS =
      EnumSet.of(
          Role.COMMUNITY_WORKER,
          Role.STREET_CASEWORKER,
          Role.DISTRICT_APPROVER,
          Role.CITY_ADMIN,
          Role.AUDITOR);

  /** The service-account scope of a funeral home delivering service records. */
  static final String RECORDS_SCOPE = "funeral:service-records";

  private final CurrentUser currentUser;

  FuneralAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  StaffUser require(Set<Role> roles) {
    return currentUser
        .staff()
        .filter(u -> u.roles().stream().anyMatch(roles::contains))
        .orElseThrow(() -> new AccessDeniedException("funeral"));
  }

  boolean has(Set<Role> roles) {
    return currentUser
        .staff()
        .filter(u -> u.roles().stream().anyMatch(roles::contains))
        .isPresent();
  }
}
