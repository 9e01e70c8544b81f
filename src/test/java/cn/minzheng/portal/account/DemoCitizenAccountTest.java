package cn.minzheng.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.RegistryFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
  @Autowired RegistryFixtures registry;
  @Autowired PrivacyConsents consents;

  @Test
  void theDocumentedDemoAccountSignsInAndIsLinkedToTheAnchorPerson() {
    String idNumber = "510104198503129015";
    long personId = registry.person(idNumber, "张伟明", "510104001001").id();

    new DemoCitizenAccount(persons, accounts, cipher, passwords, consents).run(null);

    CitizenSignIn.Result result = signIn.signIn("13900000001", "Citizen2026", "10.200.0.1");
    assertThat(result.status()).isEqualTo(CitizenSignIn.Status.SIGNED_IN);
    assertThat(result.citizen().personId()).isEqualTo(personId);
    assertThat(accounts.countDemo()).isEqualTo(1);
    assertThat(consents.latest(result.citizen().accountId()).orElseThrow().noticeVersion())
        .isEqualTo(PrivacyConsents.NOTICE_VERSION);
  }
}
