package cn.minzheng.platform.apiaccess;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ServiceAccountRepository {

  private static final String COLUMNS =
      "id, name, department, scopes, enabled, created_at, created_by, last_used_at, revoked_at";

  private final JdbcClient jdbc;

  ServiceAccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String name, String department, Set<String> scopes, byte[] tokenHash, String by) {
    return jdbc.sql(
            "insert into platform.service_account (name, department, scopes, token_hash,"
                + " created_by) values (?, ?, ?::text[], ?, ?) returning id")
        .params(name, department, "{" + String.join(",", scopes) + "}", tokenHash, by)
        .query(Long.class)
        .single();
  }

  boolean existsByName(String name) {
    return jdbc.sql("select count(*) from platform.service_account where name = ?")
            .param(name)
            .query(Long.class)
            .single()
        > 0;
  }

  Optional<ServiceAccount> findEnabledByTokenHash(byte[] tokenHash) {
    return jdbc.sql(
            "select " + COLUMNS + " from platform.service_account where token_hash = ? and enabled")
        .param(tokenHash)
        .query(ServiceAccountRepository::map)
        .optional();
  }

  Optional<ServiceAccount> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from platform.service_account where id = ?")
        .param(id)
        .query(ServiceAccountRepository::map)
        .optional();
  }

  List<ServiceAccount> findAll() {
    return jdbc.sql(
            "select " + COLUMNS + " from platform.service_account order by enabled desc, name")
        .query(ServiceAccountRepository::map)
        .list();
  }

  /** At most one write a minute per account: the last use is for review, not for billing. */
  void touch(long id) {
    jdbc.sql(
            "update platform.service_account set last_used_at = now() where id = ?"
                + " and (last_used_at is null or last_used_at < now() - interval '1 minute')")
        .param(id)
        .update();
  }

  int revoke(long id, String by) {
    return jdbc.sql(
            "update platform.service_account set enabled = false, revoked_at = now(),"
                + " revoked_by = ? where id = ? and enabled")
        .params(by, id)
        .update();
  }

  private static ServiceAccount map(ResultSet rs, int row) throws SQLException {
    return new ServiceAccount(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("department"),
        Set.of((String[]) rs.getArray("scopes").getArray()),
        rs.getBoolean("enabled"),
        instant(rs.getTimestamp("created_at")),
        rs.getString("created_by"),
        instant(rs.getTimestamp("last_used_at")),
        instant(rs.getTimestamp("revoked_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
