package cn.minzheng.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.registry.PersonDirectory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documented citizen demo account (docs/demo-data.md) signs in with its published phone and
 * password and is linked to the anchor person. Rolled back: the shared test database keeps no demo
 * account.
 */
@SpringBootTest
@Transactional
class DemoCitizenAccountTest {

  @Autowired PersonDirectory persons;
  @Autowired CitizenAccountStore accounts;
  @Autowired FieldCipher cipher;
  @Autowired PortalPasswords passwords;
  @Autowired CitizenSignIn signIn;
  @Autowired JdbcClient jdbc;

  @Test
  void theDocumentedDemoAccountSignsInAndIsLinkedToTheAnchorPerson() {
    String idNumber = "510104198503129015";
    long personId =
        jdbc.sql(
                """
                insert into registry.person (id_number_enc, id_number_idx, name, sex, birth_date,
                  residence_region_code, legal_basis, created_by, updated_by)
                values (?, ?, '张伟明', 'MALE', ?, '510104001001', 'STATUTORY_DUTY', 'test', 'test')
                returning id""")
            .params(
                cipher.encrypt(idNumber), cipher.blindIndex(idNumber), LocalDate.of(1985, 3, 12))
            .query(Long.class)
            .single();

    new DemoCitizenAccount(persons, accounts, cipher, passwords).run(null);

    CitizenSignIn.Result result = signIn.signIn("13900000001", "Citizen2026", "10.200.0.1");
    assertThat(result.status()).isEqualTo(CitizenSignIn.Status.SIGNED_IN);
    assertThat(result.citizen().personId()).isEqualTo(personId);
    assertThat(accounts.countDemo()).isEqualTo(1);
  }
}
