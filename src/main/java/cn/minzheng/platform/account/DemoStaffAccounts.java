package cn.minzheng.platform.account;

import cn.minzheng.platform.Role;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo staff accounts (docs/demo-accounts.md), one per role and level, created when missing.
 * Demo profile only; {@link DemoAccountGuard} refuses them anywhere else.
 */
@Component
@ConditionalOnProperty(name = "minzheng.demo.enabled", havingValue = "true")
class DemoStaffAccounts implements ApplicationRunner {

  /** Published in the README: never valid outside the demo profile. */
  static final String DEMO_PASSWORD = "Demo@2026minzheng";

  static final List<NewStaffAccount> ACCOUNTS =
      List.of(
          demo("city_admin", "王建国", "510100000000", Role.CITY_ADMIN),
          demo("district_approver", "李秀英", "510104000000", Role.DISTRICT_APPROVER),
          demo("district_approver_qy", "张伟", "510105000000", Role.DISTRICT_APPROVER),
          demo("street_worker", "刘洋", "510104001000", Role.STREET_CASEWORKER),
          demo("street_worker2", "陈静", "510104002000", Role.STREET_CASEWORKER),
          demo("community_worker", "阿依古丽·买买提", "510104001001", Role.COMMUNITY_WORKER),
          demo("institution_operator", "𠮷祥", "510104000000", Role.INSTITUTION_OPERATOR),
          demo("auditor", "赵敏", "510100000000", Role.AUDITOR),
          demo("security_admin", "孙立", "510100000000", Role.SECURITY_ADMIN),
          demo("system_admin", "周涛", "510100000000", Role.SYSTEM_ADMIN),
          demo("child_director", "黄小梅", "510104001001", Role.CHILD_PROTECTION),
          demo("child_supervisor", "吴强", "510104001000", Role.CHILD_PROTECTION),
          demo("mental_health", "郑琳", "510104000000", Role.MENTAL_HEALTH_REHAB),
          demo("organisation", "何志明", "510104000000", Role.ORGANISATION_ACCOUNT),
          demo("rescue_station", "马国庆", "510100000000", Role.RESCUE_STATION));

  private static final Logger log = LoggerFactory.getLogger(DemoStaffAccounts.class);

  private final StaffAccountRepository repository;
  private final PasswordEncoder passwordEncoder;

  DemoStaffAccounts(StaffAccountRepository repository, PasswordEncoder passwordEncoder) {
    this.repository = repository;
    this.passwordEncoder = passwordEncoder;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    int created = 0;
    for (NewStaffAccount account : ACCOUNTS) {
      if (!repository.existsByUsername(account.username())) {
        repository.insert(account, passwordEncoder.encode(DEMO_PASSWORD), "demo");
        created++;
      }
    }
    log.warn(
        "Demo profile: {} demo staff accounts present ({} created now), password in"
            + " docs/demo-accounts.md. Never use the demo profile in production.",
        ACCOUNTS.size(),
        created);
  }

  private static NewStaffAccount demo(String username, String name, String region, Role role) {
    return new NewStaffAccount(username, name, region, Set.of(role), true);
  }
}
