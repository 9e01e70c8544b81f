package cn.minzheng.platform.account;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/** A staff account as stored, without its secrets (password hash and TOTP secret). */
public record StaffAccount(
    long id,
    String username,
    String displayName,
    String regionCode,
    Set<Role> roles,
    boolean enabled,
    boolean totpEnrolled,
    boolean demo,
    Instant passwordChangedAt,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {

  public StaffUser toStaffUser() {
    return new StaffUser(id, username, displayName, regionCode, Set.copyOf(roles));
  }

  /** Whether a role of this account demands the second factor. */
  public boolean secondFactorRequired() {
    return roles.stream().anyMatch(Role::secondFactorRequired);
  }

  /** Role labels in declaration order, joined for tables and the top bar. */
  public String roleLabels() {
    return roles.stream()
        .sorted(Comparator.naturalOrder())
        .map(Role::label)
        .collect(Collectors.joining("、"));
  }
}
