package cn.minzheng.payments.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.payments.Entitlement;
import cn.minzheng.payments.EntitlementBatch;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.PaymentsTestData;
import cn.minzheng.payments.Programme;
import cn.minzheng.payments.domain.AccountNumberRule;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryFixtures;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Almost every demo recipient gets a payable card number; a few are left as exceptions. */
@SpringBootTest
class PaymentsDemoAccountsTest {

  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired FieldCipher cipher;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Entitlements entitlements;
  @Autowired RegistryFixtures registry;

  @Test
  void theLoaderGivesAnEntitledPersonAnEncryptedValidAccountOnceWhateverTheRuns() {
    long person = registry.person("演示账户", PaymentsTestData.JINJIANG_COMMUNITY).id();
    YearMonth month = PaymentsTestData.uniqueMonth();
    PaymentsTestData.as(
        PaymentsTestData.staff(PaymentsTestData.CITY, Role.CITY_ADMIN),
        () -> {
          try (EntitlementBatch batch = entitlements.open(Programme.GAOLING, month)) {
            batch.add(
                new Entitlement(
                    person,
                    new BigDecimal("100.00"),
                    "{}",
                    PaymentsTestData.JINJIANG_COMMUNITY,
                    "D"));
            return batch.replaceMonth();
          }
        });
    var loader = new PaymentsDemoAccounts(jdbc, dataSource, cipher, transactions);
    loader.run(null);
    loader.run(null);

    List<byte[]> stored =
        jdbc.sql("select account_enc from payments.payee_account where person_id = ? and active")
            .param(person)
            .query((rs, n) -> rs.getBytes(1))
            .list();
    var expected = PaymentsDemoAccounts.DemoAccount.of(person);
    if (expected == null) {
      assertThat(stored).isEmpty();
    } else {
      assertThat(stored)
          .singleElement()
          .satisfies(enc -> assertThat(cipher.decrypt(enc)).isEqualTo(expected.number()));
    }
  }

  @Test
  void ofEvery400PeopleOneHasNoAccountAndOneAMistypedCheckDigit() {
    long none =
        LongStream.range(1, 4001)
            .filter(p -> PaymentsDemoAccounts.DemoAccount.of(p) == null)
            .count();
    long invalid =
        LongStream.range(1, 4001)
            .mapToObj(PaymentsDemoAccounts.DemoAccount::of)
            .filter(a -> a != null && !AccountNumberRule.valid(a.number()))
            .count();
    assertThat(none).isEqualTo(10);
    assertThat(invalid).isEqualTo(10);
  }

  @Test
  void aDemoNumberIsA19DigitUnionPayCardWithItsCheckDigit() {
    var social = PaymentsDemoAccounts.DemoAccount.of(65594);
    assertThat(social.number())
        .isEqualTo("621530000000065594" + AccountNumberRule.checkDigit("621530000000065594"));
    assertThat(social.number()).hasSize(19);
    assertThat(AccountNumberRule.valid(social.number())).isTrue();
    assertThat(social.bank()).contains("社会保障卡");
    assertThat(PaymentsDemoAccounts.DemoAccount.of(65595).bank()).contains("一卡通");
    assertThat(AccountNumberRule.valid(PaymentsDemoAccounts.DemoAccount.of(413).number()))
        .isFalse();
    assertThat(PaymentsDemoAccounts.DemoAccount.of(407)).isNull();
  }
}
