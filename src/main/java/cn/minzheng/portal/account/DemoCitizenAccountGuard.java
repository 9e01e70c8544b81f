package cn.minzheng.portal.account;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * No published passwords in production: outside the demo profile the application refuses to start
 * while a demo citizen account exists (as the platform does for demo staff accounts).
 */
@Component
class DemoCitizenAccountGuard implements SmartInitializingSingleton {

  private final CitizenAccountStore accounts;
  private final boolean demoEnabled;

  DemoCitizenAccountGuard(
      CitizenAccountStore accounts, @Value("${minzheng.demo.enabled:false}") boolean demoEnabled) {
    this.accounts = accounts;
    this.demoEnabled = demoEnabled;
  }

  @Override
  public void afterSingletonsInstantiated() {
    check(demoEnabled, demoEnabled ? 0 : accounts.countDemo());
  }

  static void check(boolean demoEnabled, long demoAccounts) {
    if (!demoEnabled && demoAccounts > 0) {
      throw new IllegalStateException(
          "Refusing to start: "
              + demoAccounts
              + " demo citizen account(s) with a published password exist, but the demo profile"
              + " is not active. Delete them (portal.citizen_account where demo) or start with"
              + " the demo profile.");
    }
  }
}
