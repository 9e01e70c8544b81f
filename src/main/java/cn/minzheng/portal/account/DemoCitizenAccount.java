package cn.minzheng.portal.account;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.shared.IdCardNo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The citizen demo account (demo only, documented in docs/demo-data.md): linked to the demo
 * population's anchor person 张伟明. Runs after the registry's demo load.
 */
@Component
@Order(200)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
class DemoCitizenAccount implements ApplicationRunner {

  /** The anchor person's ID number (registry demo data, community 510104001001). */
  static final String PERSON_ID_NUMBER = "510104198503129015";

  static final String PHONE = "13900000001";
  static final String PASSWORD = "Citizen2026";

  private static final Logger log = LoggerFactory.getLogger(DemoCitizenAccount.class);

  private final PersonDirectory persons;
  private final CitizenAccountStore accounts;
  private final FieldCipher cipher;
  private final PortalPasswords passwords;
  private final PrivacyConsents consents;

  DemoCitizenAccount(
      PersonDirectory persons,
      CitizenAccountStore accounts,
      FieldCipher cipher,
      PortalPasswords passwords,
      PrivacyConsents consents) {
    this.consents = consents;
    this.persons = persons;
    this.accounts = accounts;
    this.cipher = cipher;
    this.passwords = passwords;
  }

  @Override
  public void run(ApplicationArguments args) {
    var person = persons.findByIdNumber(IdCardNo.parse(PERSON_ID_NUMBER));
    if (person.isEmpty()) {
      log.warn("Citizen demo account not created: its anchor person is not in the registry");
      return;
    }
    long personId = person.get().id();
    if (accounts.existsForPerson(personId) || accounts.existsForPhone(cipher.blindIndex(PHONE))) {
      return;
    }
    long accountId =
        accounts.insert(
            personId,
            cipher.encrypt(PHONE),
            cipher.blindIndex(PHONE),
            passwords.encoder().encode(PASSWORD),
            true);
    // as if registered today: 我的 shows the consent, and withdrawing it can be tried
    consents.recordAtRegistration(accountId);
    log.info("Citizen demo account created (see docs/demo-data.md)");
  }
}
