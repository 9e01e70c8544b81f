package cn.minzheng.portal.account;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code portal.citizen_account}. */
@Repository
class CitizenAccountStore {

  private static final String COLUMNS = "id, person_id, password_hash, status";

  private final JdbcClient jdbc;

  CitizenAccountStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record AccountRow(long id, long personId, String passwordHash, String status) {

    boolean active() {
      return "ACTIVE".equals(status);
    }
  }

  Optional<AccountRow> findByPhoneIndex(byte[] phoneIndex) {
    return jdbc.sql("select " + COLUMNS + " from portal.citizen_account where phone_idx = ?")
        .param(phoneIndex)
        .query(CitizenAccountStore::map)
        .optional();
  }

  Optional<AccountRow> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from portal.citizen_account where id = ?")
        .param(id)
        .query(CitizenAccountStore::map)
        .optional();
  }

  Optional<AccountRow> findByPerson(long personId) {
    return jdbc.sql("select " + COLUMNS + " from portal.citizen_account where person_id = ?")
        .param(personId)
        .query(CitizenAccountStore::map)
        .optional();
  }

  boolean existsForPerson(long personId) {
    return findByPerson(personId).isPresent();
  }

  boolean existsForPhone(byte[] phoneIndex) {
    return findByPhoneIndex(phoneIndex).isPresent();
  }

  long insert(long personId, byte[] phoneEnc, byte[] phoneIdx, String passwordHash) {
    return insert(personId, phoneEnc, phoneIdx, passwordHash, false);
  }

  long insert(long personId, byte[] phoneEnc, byte[] phoneIdx, String passwordHash, boolean demo) {
    return jdbc.sql(
            """
            insert into portal.citizen_account (person_id, phone_enc, phone_idx, password_hash, demo)
            values (?, ?, ?, ?, ?) returning id""")
        .params(personId, phoneEnc, phoneIdx, passwordHash, demo)
        .query(Long.class)
        .single();
  }

  long countDemo() {
    return jdbc.sql("select count(*) from portal.citizen_account where demo")
        .query(Long.class)
        .single();
  }

  void recordSuccess(long id) {
    jdbc.sql(
            """
            update portal.citizen_account
            set last_login_at = now()
            where id = ?""")
        .param(id)
        .update();
  }

  /** A new password; the time is kept so support can tell when the account last changed hands. */
  void changePassword(long id, String passwordHash) {
    jdbc.sql(
            """
            update portal.citizen_account
            set password_hash = ?, password_changed_at = now()
            where id = ?""")
        .params(passwordHash, id)
        .update();
  }

  private static AccountRow map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new AccountRow(
        rs.getLong("id"),
        rs.getLong("person_id"),
        rs.getString("password_hash"),
        rs.getString("status"));
  }
}
