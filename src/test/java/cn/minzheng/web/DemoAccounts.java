package cn.minzheng.web;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import java.util.List;
import java.util.Set;

/** The demo staff accounts of docs/demo-accounts.md (username, role, region), for page tests. */
final class DemoAccounts {

  record Demo(String username, Role role, String region) {
    StaffAuthentication auth() {
      return StaffAuthentication.of(
          new StaffUser(
              -3000 - Math.abs(username.hashCode() % 1000), username, "演示", region, Set.of(role)));
    }
  }

  static final Demo CITY_ADMIN = new Demo("city_admin", Role.CITY_ADMIN, "510100000000");
  static final Demo DISTRICT_APPROVER =
      new Demo("district_approver", Role.DISTRICT_APPROVER, "510104000000");
  static final Demo STREET_WORKER =
      new Demo("street_worker", Role.STREET_CASEWORKER, "510104001000");

  static final List<Demo> ALL =
      List.of(
          CITY_ADMIN,
          DISTRICT_APPROVER,
          new Demo("district_approver_qy", Role.DISTRICT_APPROVER, "510105000000"),
          STREET_WORKER,
          new Demo("street_worker2", Role.STREET_CASEWORKER, "510104002000"),
          new Demo("community_worker", Role.COMMUNITY_WORKER, "510104001001"),
          new Demo("institution_operator", Role.INSTITUTION_OPERATOR, "510104000000"),
          new Demo("auditor", Role.AUDITOR, "510100000000"),
          new Demo("security_admin", Role.SECURITY_ADMIN, "510100000000"),
          new Demo("system_admin", Role.SYSTEM_ADMIN, "510100000000"),
          new Demo("child_director", Role.CHILD_PROTECTION, "510104001001"),
          new Demo("child_supervisor", Role.CHILD_PROTECTION, "510104001000"),
          new Demo("mental_health", Role.MENTAL_HEALTH_REHAB, "510104000000"),
          new Demo("organisation", Role.ORGANISATION_ACCOUNT, "510104000000"),
          new Demo("rescue_station", Role.RESCUE_STATION, "510100000000"));

  private DemoAccounts() {}
}
