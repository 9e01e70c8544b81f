package cn.minzheng.portal.account;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.CitizenPhones;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Decrypts the one phone asked for; active accounts only. */
@Service
class JdbcCitizenPhones implements CitizenPhones {

  private final JdbcClient jdbc;
  private final FieldCipher cipher;

  JdbcCitizenPhones(JdbcClient jdbc, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @Override
  public Optional<String> phoneOf(long accountId) {
    return jdbc.sql(
            "select phone_enc from portal.citizen_account where id = ? and status = 'ACTIVE'")
        .param(accountId)
        .query(byte[].class)
        .optional()
        .map(cipher::decrypt);
  }
}
