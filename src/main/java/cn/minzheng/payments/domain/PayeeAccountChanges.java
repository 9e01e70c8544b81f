package cn.minzheng.payments.domain;

import cn.minzheng.payments.PayeeAccounts;
import cn.minzheng.payments.PayeeAccounts.MaskedAccount;
import cn.minzheng.payments.domain.HeldPayments.AccountForm;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.ProblemException;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.registry.PersonDirectory;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's payee account read and changed by staff through the API: masked, audited on every
 * read, and changed only against the account the caller has seen (its id is the version: every
 * change makes a new account row and the old one inactive), so that two offices never overwrite
 * each other's correction unseen.
 */
@Service
public class PayeeAccountChanges {

  private final JdbcClient jdbc;
  private final PayeeAccounts accounts;
  private final PersonDirectory persons;
  private final DataScope scope;
  private final AuditLog audit;

  PayeeAccountChanges(
      JdbcClient jdbc,
      PayeeAccounts accounts,
      PersonDirectory persons,
      DataScope scope,
      AuditLog audit) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.persons = persons;
    this.scope = scope;
    this.audit = audit;
  }

  /** The active account of a person in the caller's scope; 404 for anyone else or no account. */
  public MaskedAccount read(long personId) {
    requirePersonInScope(personId);
    MaskedAccount account =
        accounts.activeAccount(personId).orElseThrow(() -> new RecordNotFoundException("account"));
    audit.record(
        AuditEvent.success(
            "payments.account.read", "person", String.valueOf(personId), "接口读取收款账户（脱敏）"));
    return account;
  }

  /**
   * Replaces the active account when {@code seenAccountId} is still the active one ({@code null}:
   * the caller has seen none, which is right only while the person has none).
   *
   * @throws ProblemException 412 when another change came first, 428 when an account exists and the
   *     caller names none
   */
  @Transactional
  public MaskedAccount change(long personId, @Nullable Long seenAccountId, AccountForm form) {
    requirePersonInScope(personId);
    String number = form.checkedNumber();
    // Changes of one person take turns, also while there is no account row to lock yet.
    jdbc.sql("select pg_advisory_xact_lock(hashtext('payments.payee_account'), cast(? as int))")
        .param((int) (personId ^ (personId >>> 32)))
        .query()
        .listOfRows();
    Optional<Long> active =
        jdbc.sql("select id from payments.payee_account where person_id = ? and active")
            .param(personId)
            .query(Long.class)
            .optional();
    if (active.isPresent() && seenAccountId == null) {
      throw new ProblemException(
          HttpStatus.PRECONDITION_REQUIRED,
          "缺少版本",
          "If-Match：该人员已有收款账户，请带上读取时的 ETag 再修改",
          "If-Match",
          "if-match-required");
    }
    if (!active.equals(Optional.ofNullable(seenAccountId))) {
      throw new ProblemException(
          HttpStatus.PRECONDITION_FAILED,
          "记录已被修改",
          "If-Match：收款账户已被他人修改，请重新读取后再提交",
          "If-Match",
          "stale");
    }
    accounts.register(personId, form.holderName(), form.bankName(), number);
    return accounts.activeAccount(personId).orElseThrow();
  }

  private void requirePersonInScope(long personId) {
    scope.requireInScope(
        persons
            .find(personId)
            .orElseThrow(() -> new RecordNotFoundException("person"))
            .residenceRegionCode());
  }
}
