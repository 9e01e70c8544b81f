package cn.minzheng.payments.demo;

import cn.minzheng.payments.domain.AccountNumberRule;
import cn.minzheng.platform.ChunkedCopy;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.shared.Masking;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo: the payee accounts of the people the demo programmes entitled, as the bureau holds them —
 * almost everyone paid into a 社保卡 financial account (19-digit UnionPay card numbers with their
 * check digit), some into a 一卡通 debit card; a few left to work as exceptions: about one in 400
 * without any account, one in 400 with a mistyped check digit. Before the paid months' history
 * (order 900), so the history's bank files carry account numbers. One COPY, after the numbers are
 * encrypted in memory; once.
 */
@Component
@Order(890)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
class PaymentsDemoAccounts implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(PaymentsDemoAccounts.class);
  static final String CREATED_BY = "demo-accounts";
  private static final String COPY =
      "copy payments.payee_account (person_id, holder_name, bank_name, account_enc,"
          + " account_masked, created_by, number_valid) from stdin with (format csv)";

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final FieldCipher cipher;
  private final TransactionTemplate tx;

  PaymentsDemoAccounts(
      JdbcClient jdbc,
      DataSource dataSource,
      FieldCipher cipher,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.cipher = cipher;
    this.tx = new TransactionTemplate(transactions);
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean done =
        jdbc.sql("select exists (select 1 from payments.payee_account where created_by = ?)")
            .param(CREATED_BY)
            .query(Boolean.class)
            .single();
    if (!done) {
      long started = System.currentTimeMillis();
      int rows = tx.execute(status -> load());
      log.info(
          "Payments demo: {} payee accounts in {} ms", rows, System.currentTimeMillis() - started);
    }
  }

  private int load() {
    try (ChunkedCopy copy = new ChunkedCopy(dataSource, COPY, "demo payee accounts")) {
      // every person entitled by a programme who has no active account yet (the programmes'
      // own demos recorded some on their applications)
      jdbc.sql(
              """
              select p.id, p.name
                from registry.person_fact p
               where exists (select 1 from payments.entitlement_fact e where e.person_id = p.id)
                 and not exists (select 1 from payments.payee_account a
                                  where a.person_id = p.id and a.active)
               order by p.id""")
          .query(
              rs -> {
                long person = rs.getLong(1);
                DemoAccount account = DemoAccount.of(person);
                if (account != null) {
                  copy.row()
                      .append(person)
                      .append(',')
                      .append(ChunkedCopy.quoted(rs.getString(2)))
                      .append(',')
                      .append(ChunkedCopy.quoted(account.bank()))
                      .append(',')
                      .append(ChunkedCopy.bytes(cipher.encrypt(account.number())))
                      .append(',')
                      .append(ChunkedCopy.quoted(Masking.bankAccount(account.number())))
                      .append(',')
                      .append(CREATED_BY)
                      .append(',')
                      .append(AccountNumberRule.valid(account.number()))
                      .append('\n');
                  copy.rowDone();
                }
              });
      copy.finish();
      return copy.rows();
    }
  }

  /** The demo account of a person: null for the few left without one. */
  record DemoAccount(String bank, String number) {

    static DemoAccount of(long person) {
      if (person % 400 == 7) {
        return null;
      }
      boolean card = person % 5 == 0; // 一卡通 debit card, the rest 社保卡
      String body = (card ? "622916" : "621530") + "%012d".formatted(person);
      char check = AccountNumberRule.checkDigit(body);
      if (person % 400 == 13) {
        check = (char) ('0' + (check - '0' + 1) % 10); // mistyped
      }
      return new DemoAccount(card ? "成都银行（一卡通）" : "成都农商银行（社会保障卡）", body + check);
    }
  }
}
