package cn.minzheng.platform;

import java.util.Set;

/** A staff account as other modules see it: bound to one region node, holding roles. */
public record StaffUser(
    long id, String username, String displayName, String regionCode, Set<Role> roles) {

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
