package cn.minzheng.organisations.projects;

import cn.minzheng.organisations.register.Organisation;
import cn.minzheng.payments.PayeeAccounts;
import cn.minzheng.payments.PayeeAccounts.MaskedAccount;
import cn.minzheng.platform.InvalidInput;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a grant is paid to. A registered organisation (with a credit code) is paid into its own bank
 * account (对公账户), in its name and under its credit code on the roster line; a filed community
 * organisation, which has no legal personality and no account of its own, through its responsible
 * person in the registry.
 */
@Service
public class GrantPayees {

  private final PayeeAccounts accounts;

  GrantPayees(PayeeAccounts accounts) {
    this.accounts = accounts;
  }

  /** The payee of a grant: an organisation payee of payments, or else a registry person. */
  public record Payee(@Nullable Long organisationPayeeId, @Nullable Long personId) {}

  /**
   * Records the organisation's bank account (the account holder is the organisation itself);
   * replaces an earlier one.
   */
  @Transactional
  public void registerAccount(
      Organisation o, @Nullable String bankName, @Nullable String accountNumber) {
    String code = o.creditCode();
    if (code == null) {
      throw new InvalidInput(
          "accountNumber", "单位收款账户：" + o.name() + "为备案社区社会组织，无统一社会信用代码，资金拨付至负责人");
    }
    if (bankName == null || bankName.isBlank()) {
      throw new InvalidInput("bankName", "开户银行：不能为空");
    }
    String number = accountNumber == null ? "" : accountNumber.replace(" ", "");
    if (!number.matches("[0-9]{12,30}")) {
      throw new InvalidInput("accountNumber", "银行账号：应为12至30位数字");
    }
    long payee = accounts.organisation(code, o.name());
    accounts.register(payee, o.name(), bankName, number);
  }

  /** The organisation's active account, masked; empty for a filed organisation or none given. */
  public Optional<MaskedAccount> account(Organisation o) {
    String code = o.creditCode();
    return code == null
        ? Optional.empty()
        : accounts.activeAccount(accounts.organisation(code, o.name()));
  }

  /**
   * The payee of a grant approved today.
   *
   * @throws InvalidInput naming {@code amount} (the approval form's field) when a registered
   *     organisation has no account yet, or a filed one no responsible person in the registry
   */
  Payee payeeOf(Organisation o) {
    String code = o.creditCode();
    if (code != null) {
      long payee = accounts.organisation(code, o.name());
      if (accounts.activeAccount(payee).isEmpty()) {
        throw new InvalidInput("amount", "立项：" + o.name() + "尚未登记单位收款账户（对公账户），无法列入发放名册");
      }
      return new Payee(payee, null);
    }
    if (o.legalRepresentativeId() == null) {
      throw new InvalidInput("amount", "立项：" + o.name() + "的负责人未关联人口信息，无法列入发放名册");
    }
    return new Payee(null, o.legalRepresentativeId());
  }
}
