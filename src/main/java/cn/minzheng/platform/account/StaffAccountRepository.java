package cn.minzheng.platform.account;

import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.Role;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code platform.staff_account}; every value bound, the sort column whitelisted. */
@Repository
class StaffAccountRepository {

  static final Set<String> SORT_FIELDS = Set.of("username", "display_name", "region_code");

  private static final String COLUMNS =
      "id, username, display_name, region_code, roles, enabled,"
          + " totp_enrolled, demo, password_changed_at, created_at, created_by, updated_at,"
          + " updated_by";

  private final JdbcClient jdbc;

  StaffAccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<StaffAccount> findByUsername(String username) {
    return jdbc.sql("select " + COLUMNS + " from platform.staff_account where username = ?")
        .param(username)
        .query(StaffAccountRepository::map)
        .optional();
  }

  Optional<StaffAccount> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from platform.staff_account where id = ?")
        .param(id)
        .query(StaffAccountRepository::map)
        .optional();
  }

  Optional<String> passwordHash(long id) {
    return jdbc.sql("select password_hash from platform.staff_account where id = ?")
        .param(id)
        .query(String.class)
        .optional();
  }

  Optional<byte[]> totpSecret(long id) {
    return jdbc.sql("select totp_secret from platform.staff_account where id = ?")
        .param(id)
        .query((rs, n) -> rs.getBytes(1))
        .optional();
  }

  long insert(NewStaffAccount account, String passwordHash, String by) {
    return jdbc.sql(
            "insert into platform.staff_account (username, display_name, password_hash,"
                + " region_code, roles, demo, created_by, updated_by)"
                + " values (?, ?, ?, ?, ?::text[], ?, ?, ?) returning id")
        .params(
            account.username(),
            account.displayName(),
            passwordHash,
            account.regionCode(),
            roleArray(account.roles()),
            account.demo(),
            by,
            by)
        .query(Long.class)
        .single();
  }

  boolean existsByUsername(String username) {
    return jdbc.sql("select count(*) from platform.staff_account where username = ?")
            .param(username)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Runs an update of the account's own columns, stamping who and when. */
  int update(long id, String setClause, String by, Object... values) {
    Object[] params = Arrays.copyOf(values, values.length + 2);
    params[values.length] = by;
    params[values.length + 1] = id;
    return jdbc.sql(
            "update platform.staff_account set "
                + setClause
                + ", updated_at = now(), updated_by = ? where id = ?")
        .params(params)
        .update();
  }

  boolean acceptTotpStep(long id, long step, String by) {
    return jdbc.sql(
                "update platform.staff_account set totp_last_step = ?, totp_enrolled = true,"
                    + " updated_at = now(), updated_by = ?"
                    + " where id = ? and totp_secret is not null"
                    + " and (totp_last_step is null or totp_last_step < ?)")
            .params(step, by, id, step)
            .update()
        == 1;
  }

  long countDemo() {
    return jdbc.sql("select count(*) from platform.staff_account where demo")
        .query(Long.class)
        .single();
  }

  /** Enabled accounts holding one of {@code anyOf}, bound to a node of {@code scope}. */
  List<StaffAccount> enabledWithin(RegionFilter scope, Set<Role> anyOf, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from platform.staff_account where enabled and roles && cast(? as text[])"
                + " and (? or region_code = any(?)) order by region_code, display_name, id limit ?")
        .params(
            anyOf.stream().map(Role::name).toArray(String[]::new),
            scope.unrestricted(),
            scope.codesArray(),
            limit)
        .query(StaffAccountRepository::map)
        .list();
  }

  PageResult<StaffAccount> search(String text, RegionFilter scope, PageQuery page) {
    String like = text == null || text.isBlank() ? null : "%" + escapeLike(text.trim()) + "%";
    String where =
        " where (?::text is null or username like ? or display_name like ?)"
            + " and (? or region_code = any(?))";
    Object[] params = {like, like, like, scope.unrestricted(), scope.codesArray()};
    long total =
        jdbc.sql("select count(*) from platform.staff_account" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<StaffAccount> rows =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from platform.staff_account"
                    + where
                    + " order by "
                    + page.orderBy()
                    + ", id limit ? offset ?")
            .params(
                like,
                like,
                like,
                scope.unrestricted(),
                scope.codesArray(),
                page.size(),
                page.offset())
            .query(StaffAccountRepository::map)
            .list();
    return new PageResult<>(rows, page, total);
  }

  static String roleArray(Set<Role> roles) {
    return "{" + String.join(",", roles.stream().map(Role::name).sorted().toList()) + "}";
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static StaffAccount map(ResultSet rs, int row) throws SQLException {
    return new StaffAccount(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("region_code"),
        roles(rs.getArray("roles")),
        rs.getBoolean("enabled"),
        rs.getBoolean("totp_enrolled"),
        rs.getBoolean("demo"),
        instant(rs.getTimestamp("password_changed_at")),
        instant(rs.getTimestamp("created_at")),
        rs.getString("created_by"),
        instant(rs.getTimestamp("updated_at")),
        rs.getString("updated_by"));
  }

  private static Set<Role> roles(Array array) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : (String[]) array.getArray()) {
      roles.add(Role.valueOf(name));
    }
    return roles;
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
