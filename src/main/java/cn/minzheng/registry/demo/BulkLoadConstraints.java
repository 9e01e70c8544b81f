package cn.minzheng.registry.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets the registry's secondary indexes and unique/foreign keys aside for a bulk load into the
 * empty registry and builds them once afterwards (migration registry V2), in the loading
 * transaction.
 */
final class BulkLoadConstraints {

  private static final Logger log = LoggerFactory.getLogger(BulkLoadConstraints.class);

  private BulkLoadConstraints() {}

  static void setAside(Connection connection) throws SQLException {
    rowSecurity(connection, false);
    log.info(
        "Bulk load: {} indexes and keys set aside (none when the registry holds persons)",
        call(connection, "prepare"));
  }

  static void restore(Connection connection) throws SQLException {
    long started = System.nanoTime();
    int restored = call(connection, "finish");
    log.info(
        "Bulk load: {} indexes and keys built in {} s",
        restored,
        (System.nanoTime() - started) / 1_000_000_000);
    rowSecurity(connection, true);
  }

  /**
   * PostgreSQL refuses COPY into a table whose row security applies to the caller; it is off for
   * the loading transaction only (migration registry V7).
   */
  private static void rowSecurity(Connection connection, boolean enabled) throws SQLException {
    try (var statement = connection.prepareStatement("select registry.bulk_load_row_security(?)")) {
      statement.setBoolean(1, enabled);
      statement.execute();
    }
  }

  private static int call(Connection connection, String step) throws SQLException {
    try (Statement statement = connection.createStatement();
        var rs = statement.executeQuery("select registry.bulk_load_" + step + "()")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
