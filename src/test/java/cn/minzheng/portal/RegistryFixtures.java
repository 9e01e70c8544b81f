package cn.minzheng.portal;

import static cn.minzheng.testing.IdNumbers.uniqueIdNumber;

import cn.minzheng.platform.FieldCipher;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registry persons for portal tests, written straight into the registry's tables (the registry has
 * no public "create" facade for other modules). Every call makes new, unique ID numbers.
 */
final class RegistryFixtures {

  private final JdbcClient jdbc;
  private final FieldCipher cipher;

  RegistryFixtures(JdbcClient jdbc, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  record Person(long id, String idNumber, String name) {}

  Person person(String name, String regionCode) {
    String idNumber = uniqueIdNumber(true);
    long id =
        jdbc.sql(
                """
                insert into registry.person (id_number_enc, id_number_idx, name, sex, birth_date,
                  residence_region_code, hukou_region_code, marital_status, legal_basis,
                  created_by, updated_by)
                values (?, ?, ?, 'MALE', ?, ?, ?, 'MARRIED', 'STATUTORY_DUTY', 'test', 'test')
                returning id""")
            .params(
                cipher.encrypt(idNumber),
                cipher.blindIndex(idNumber),
                name,
                LocalDate.parse(
                    idNumber.substring(6, 10)
                        + "-"
                        + idNumber.substring(10, 12)
                        + "-"
                        + idNumber.substring(12, 14)),
                regionCode,
                regionCode)
            .query(Long.class)
            .single();
    return new Person(id, idNumber, name);
  }

  /** A household with the head and further members (relationship SPOUSE for the second). */
  void household(String regionCode, Person head, Person... others) {
    long household =
        jdbc.sql(
                """
                insert into registry.household (number, region_code, address, head_person_id,
                  created_by, updated_by)
                values ('T' || ?, ?, '测试地址1号', ?, 'test', 'test') returning id""")
            .params(head.id(), regionCode, head.id())
            .query(Long.class)
            .single();
    member(household, head, "HEAD");
    for (Person other : others) {
      member(household, other, "SPOUSE");
    }
  }

  private void member(long household, Person person, String relationship) {
    jdbc.sql(
            """
            insert into registry.household_member (household_id, person_id, relationship,
              valid_from, created_by)
            values (?, ?, ?, date '2020-01-01', 'test')""")
        .params(household, person.id(), relationship)
        .update();
  }
}
