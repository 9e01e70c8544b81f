package cn.minzheng.platform;

import java.io.Serializable;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * A staff account as other modules see it: bound to one region node, holding roles. Serializable
 * because the signed-in user lives in the JDBC session store.
 */
@NamedInterface("security")
public record StaffUser(
    long id, String username, String displayName, String regionCode, Set<Role> roles)
    implements Serializable {

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** The level of the office the account works at (city, district, street, community). */
  public StaffLevel level() {
    return StaffLevel.of(regionCode);
  }

  /** The account's own region node only, not its subtree: work that waits at this office. */
  public RegionFilter ownNode() {
    return RegionFilter.of(java.util.Set.of(regionCode));
  }
}
