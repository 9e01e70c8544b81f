package cn.minzheng.platform.account;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * No default passwords in production (docs/security.md): outside the demo set-up ({@code
 * minzheng.demo.enabled=false}), a database that holds a demo account stops the start, before the
 * web server accepts a request.
 */
@Component
class DemoAccountGuard implements SmartInitializingSingleton {

  private final StaffAccountRepository repository;
  private final boolean demoEnabled;

  DemoAccountGuard(
      StaffAccountRepository repository,
      @Value("${minzheng.demo.enabled:false}") boolean demoEnabled) {
    this.repository = repository;
    this.demoEnabled = demoEnabled;
  }

  @Override
  public void afterSingletonsInstantiated() {
    check(demoEnabled, demoEnabled ? 0 : repository.countDemo());
  }

  static void check(boolean demoEnabled, long demoAccounts) {
    if (!demoEnabled && demoAccounts > 0) {
      throw new IllegalStateException(
          "Refusing to start: "
              + demoAccounts
              + " demo staff account(s) with published passwords exist in the database, but the"
              + " demo profile is not active. Delete them (platform.staff_account where demo) or"
              + " start with the demo profile.");
    }
  }
}
