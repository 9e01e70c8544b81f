package cn.minzheng.platform.account;

import cn.minzheng.platform.StaffDirectory;
import cn.minzheng.platform.StaffUser;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The staff directory over the accounts table: disabled accounts are not found. */
@Component
class JdbcStaffDirectory implements StaffDirectory {

  private final StaffAccounts accounts;

  JdbcStaffDirectory(StaffAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public Optional<StaffUser> findEnabled(String username) {
    return accounts
        .findByUsername(username)
        .filter(StaffAccount::enabled)
        .map(a -> new StaffUser(a.id(), a.username(), a.displayName(), a.regionCode(), a.roles()));
  }
}
