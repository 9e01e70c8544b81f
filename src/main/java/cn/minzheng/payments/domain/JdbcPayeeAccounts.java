package cn.minzheng.payments.domain;

import cn.minzheng.payments.PayeeAccounts;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.shared.Masking;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payee accounts, encrypted with SM4-GCM through {@link FieldCipher}. */
@Service
class JdbcPayeeAccounts implements PayeeAccounts {

  private final JdbcClient jdbc;
  private final FieldCipher cipher;
  private final CurrentUser currentUser;
  private final AuditLog audit;

  JdbcPayeeAccounts(JdbcClient jdbc, FieldCipher cipher, CurrentUser currentUser, AuditLog audit) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  @Override
  @Transactional
  public long register(long personId, String holderName, String bankName, String accountNumber) {
    String number = AccountNumberRule.normalise(accountNumber);
    if (!AccountNumberRule.wellFormed(number)) {
      throw new IllegalArgumentException("银行账号应为12至30位数字");
    }
    if (holderName == null || holderName.isBlank() || bankName == null || bankName.isBlank()) {
      throw new IllegalArgumentException("户名和开户行不能为空");
    }
    jdbc.sql("update payments.payee_account set active = false where person_id = ? and active")
        .param(personId)
        .update();
    long id =
        jdbc.sql(
                """
                insert into payments.payee_account
                       (person_id, holder_name, bank_name, account_enc, account_masked, created_by,
                        number_valid)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                personId,
                holderName.strip(),
                bankName.strip(),
                cipher.encrypt(number),
                Masking.bankAccount(number),
                currentUser.staff().map(u -> u.username()).orElse("system"),
                // kept even when the check digit is wrong: the roster shows it as an exception and
                // holds the payment until a valid account is recorded
                AccountNumberRule.valid(number))
            .query(Long.class)
            .single();
    audit.record(
        AuditEvent.success(
            "payments.account.register",
            personId < 0 ? "organisation_payee" : "person",
            String.valueOf(personId),
            "登记收款账户"));
    return id;
  }

  @Override
  @Transactional
  public long organisation(String creditCode, String name) {
    String code = creditCode == null ? "" : creditCode.strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
      throw new IllegalArgumentException("统一社会信用代码应为18位");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("收款单位名称不能为空");
    }
    return jdbc.sql(
            """
            insert into payments.organisation_payee (credit_code, name) values (?, ?)
            on conflict (credit_code) do update
               set name = excluded.name,
                   updated_at = case when organisation_payee.name = excluded.name
                                     then organisation_payee.updated_at else now() end
            returning id""")
        .params(code, name.strip())
        .query(Long.class)
        .single();
  }

  @Override
  public Optional<OrganisationPayee> organisationOf(long payeeId) {
    return jdbc.sql("select id, credit_code, name from payments.organisation_payee where id = ?")
        .param(payeeId)
        .query((rs, n) -> new OrganisationPayee(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .optional();
  }

  @Override
  public Optional<MaskedAccount> activeAccount(long personId) {
    return jdbc.sql(
            """
            select id, holder_name, bank_name, account_masked from payments.payee_account
             where person_id = ? and active""")
        .param(personId)
        .query(
            (rs, n) ->
                new MaskedAccount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .optional();
  }
}
