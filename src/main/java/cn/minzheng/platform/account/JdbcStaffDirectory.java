package cn.minzheng.platform.account;

import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffDirectory;
import cn.minzheng.platform.StaffUser;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The staff directory over the accounts table: disabled accounts are not found. */
@Component
class JdbcStaffDirectory implements StaffDirectory {

  /** More than a picker can show; a district has a few hundred community workers. */
  private static final int LIMIT = 2000;

  private final StaffAccounts accounts;

  JdbcStaffDirectory(StaffAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public Optional<StaffUser> findEnabled(String username) {
    return accounts
        .findByUsername(username)
        .filter(StaffAccount::enabled)
        .map(JdbcStaffDirectory::user);
  }

  @Override
  public List<StaffUser> enabledWithin(RegionFilter scope, Set<Role> anyOf) {
    return accounts.enabledWithin(scope, anyOf, LIMIT).stream()
        .map(JdbcStaffDirectory::user)
        .toList();
  }

  private static StaffUser user(StaffAccount a) {
    return new StaffUser(a.id(), a.username(), a.displayName(), a.regionCode(), a.roles());
  }
}
