package cn.minzheng.platform.account;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.security.StaffSessions;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a security administrator does with staff accounts. Every change is audited; changes that
 * alter what a user may do end all of that user's sessions, so that they take effect at once.
 */
@Service
public class StaffAccountAdministration {

  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{2,31}");
  static final Pattern REGION_CODE = Pattern.compile("\\d{12}");

  private final StaffAccountRepository repository;
  private final LoginFailures loginFailures;
  private final LockoutPolicy lockout;
  private final PasswordEncoder passwordEncoder;
  private final AuditLog audit;
  private final StaffSessions sessions;
  private final RegionHierarchy regions;
  private final DataScope dataScope;

  StaffAccountAdministration(
      StaffAccountRepository repository,
      LoginFailures loginFailures,
      LockoutPolicy lockout,
      PasswordEncoder passwordEncoder,
      AuditLog audit,
      StaffSessions sessions,
      RegionHierarchy regions,
      DataScope dataScope) {
    this.repository = repository;
    this.loginFailures = loginFailures;
    this.lockout = lockout;
    this.passwordEncoder = passwordEncoder;
    this.audit = audit;
    this.sessions = sessions;
    this.regions = regions;
    this.dataScope = dataScope;
  }

  public PageResult<StaffAccount> search(String text, PageQuery page) {
    return repository.search(text, dataScope.current(), page);
  }

  /** The account, if it lies inside the administrator's region subtree; otherwise 404. */
  public StaffAccount get(long id) {
    StaffAccount account =
        repository.findById(id).orElseThrow(() -> new RecordNotFoundException("staff account"));
    dataScope.requireInScope(account.regionCode());
    return account;
  }

  @Transactional
  public long create(NewStaffAccount account, String password, StaffUser actor) {
    if (!USERNAME.matcher(account.username()).matches()) {
      throw new AccountRuleViolation("username", "用户名须为 3-32 位小写字母、数字或 _ . -，以字母或数字开头");
    }
    if (repository.existsByUsername(account.username())) {
      throw new AccountRuleViolation("username", "用户名已存在");
    }
    checkRegion(account.regionCode());
    checkRoles(account.roles());
    PasswordPolicy.violation(password, account.username())
        .ifPresent(
            reason -> {
              throw new AccountRuleViolation("password", reason);
            });
    long id = repository.insert(account, passwordEncoder.encode(password), actor.username());
    audit.record(
        AuditEvent.success(
            "account.create", "staff_account", account.username(), account.regionCode()));
    audit.record(
        AuditEvent.success(
            "permission.grant", "staff_account", account.username(), roleNames(account.roles())));
    return id;
  }

  @Transactional
  public void changeRolesAndRegion(long id, Set<Role> roles, String regionCode, StaffUser actor) {
    StaffAccount account = get(id);
    if (account.id() == actor.id()) {
      throw new AccountRuleViolation("roles", "不能修改自己的角色或所属区划");
    }
    checkRoles(roles);
    checkRegion(regionCode);
    repository.update(
        id,
        "roles = ?::text[], region_code = ?",
        actor.username(),
        StaffAccountRepository.roleArray(roles),
        regionCode);
    if (!account.roles().equals(roles)) {
      audit.record(
          AuditEvent.success(
              "permission.change",
              "staff_account",
              account.username(),
              roleNames(account.roles()) + " -> " + roleNames(roles)));
    }
    if (!account.regionCode().equals(regionCode)) {
      audit.record(
          AuditEvent.success(
              "account.region-change",
              "staff_account",
              account.username(),
              account.regionCode() + " -> " + regionCode));
    }
    sessions.endAll(account.username());
  }

  @Transactional
  public void setEnabled(long id, boolean enabled, StaffUser actor) {
    StaffAccount account = get(id);
    if (account.id() == actor.id()) {
      throw new AccountRuleViolation("enabled", "不能停用或启用自己的账户");
    }
    repository.update(id, "enabled = ?", actor.username(), enabled);
    audit.record(
        AuditEvent.success(
            enabled ? "account.enable" : "account.disable",
            "staff_account",
            account.username(),
            null));
    if (!enabled) {
      sessions.endAll(account.username());
    }
  }

  /** How many client addresses are held off the account after repeated failures. */
  public int blockedAddresses(long id) {
    return loginFailures.blockedAddresses(id, lockout.now());
  }

  /** Lifts every address's suspension and forgets the failures. */
  @Transactional
  public void unlock(long id, StaffUser actor) {
    StaffAccount account = get(id);
    loginFailures.clearAll(id);
    audit.record(AuditEvent.success("account.unlock", "staff_account", account.username(), null));
  }

  @Transactional
  public void resetPassword(long id, String password, StaffUser actor) {
    StaffAccount account = get(id);
    PasswordPolicy.violation(password, account.username())
        .ifPresent(
            reason -> {
              throw new AccountRuleViolation("password", reason);
            });
    repository.update(
        id,
        "password_hash = ?, password_changed_at = now()",
        actor.username(),
        passwordEncoder.encode(password));
    audit.record(
        AuditEvent.success("account.password-reset", "staff_account", account.username(), null));
    sessions.endAll(account.username());
  }

  /** Forgets the TOTP secret: the next login enrols a new authenticator. */
  @Transactional
  public void resetTotp(long id, StaffUser actor) {
    StaffAccount account = get(id);
    repository.update(
        id, "totp_secret = null, totp_enrolled = false, totp_last_step = null", actor.username());
    audit.record(
        AuditEvent.success("account.totp-reset", "staff_account", account.username(), null));
    sessions.endAll(account.username());
  }

  private void checkRegion(String regionCode) {
    if (regionCode == null || !REGION_CODE.matcher(regionCode).matches()) {
      throw new AccountRuleViolation("regionCode", "所属区划须为 12 位区划代码");
    }
    // RegionHierarchy answers an unknown code with the code itself.
    if (regionCode.equals(regions.nameOf(regionCode))) {
      throw new AccountRuleViolation("regionCode", "所属区划不存在");
    }
    if (!dataScope.permits(regionCode)) {
      throw new AccountRuleViolation("regionCode", "所属区划超出您的管辖范围");
    }
  }

  private static void checkRoles(Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new AccountRuleViolation("roles", "请至少选择一个角色");
    }
  }

  private static String roleNames(Set<Role> roles) {
    return StaffAccountRepository.roleArray(roles);
  }
}
