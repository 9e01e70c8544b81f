package cn.minzheng.testing;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The modules whose Flyway migrations ran in a test's database. Spring Modulith's module-aware
 * Flyway keeps one history table per module ({@code flyway_schema_history_<module>}) and, in an
 * {@code @ApplicationModuleTest}, migrates only the modules the test starts: a module test proves
 * with this that its module needs no other module's tables.
 */
public final class MigratedModules {

  private MigratedModules() {}

  public static Set<String> of(JdbcClient jdbc) {
    return Set.copyOf(
        jdbc.sql(
                "select substring(table_name from 'flyway_schema_history_(.+)')"
                    + " from information_schema.tables"
                    + " where table_name like 'flyway\\_schema\\_history\\_%'")
            .query(String.class)
            .list());
  }
}
