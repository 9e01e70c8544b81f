package cn.minzheng.testing;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.database.RowScope;
import cn.minzheng.testing.UnscopedQueryProbe.RowsInThreeRegions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The set-up every module's row-security test shares (docs/security.md, "Row-level security"): one
 * test context with the unscoped probe, person ids no registry person has (so that a test's rows
 * stand for themselves), the scope cleared after every test (the thread goes back to the shared
 * context unbound) and the test's rows removed after the class.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(UnscopedQueryProbe.class)
public abstract class RowLevelSecurityTestBase {

  private static final Pattern NAME = Pattern.compile("[a-z_]+\\.[a-z_]+|[a-z_]+");

  @Autowired protected MockMvc mvc;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected DataScope dataScope;

  private final AtomicLong fakeIds;

  /** Rows to remove after the class, by table and key, removed in the reverse of first use. */
  private final Map<String, List<Long>> created = new LinkedHashMap<>();

  /**
   * @param fakeIdBase a negative base of this class's own (-7_100_000, -7_200_000, ...), so that
   *     the classes' fake ids never meet
   * @param referencedFirst "table key" pairs whose rows others reference, the most referenced
   *     first: removed last whatever order the tests ran in
   */
  protected RowLevelSecurityTestBase(long fakeIdBase, String... referencedFirst) {
    this.fakeIds = new AtomicLong(fakeIdBase - System.nanoTime() % 1000);
    for (String tableAndKey : referencedFirst) {
      created.put(tableAndKey, new ArrayList<>());
    }
  }

  /** A person id no registry person has. */
  protected long fakePerson() {
    return fakeIds.decrementAndGet();
  }

  /** Removes the row of {@code table} whose {@code key} is {@code value} after the class. */
  protected long created(String table, String key, long value) {
    if (!NAME.matcher(table).matches() || !NAME.matcher(key).matches()) {
      throw new IllegalArgumentException(table + " " + key);
    }
    created.computeIfAbsent(table + " " + key, k -> new ArrayList<>()).add(value);
    return value;
  }

  /** See {@link UnscopedQueryProbe#assertRowScoped}. */
  protected void assertRowScoped(RowsInThreeRegions rows) throws Exception {
    UnscopedQueryProbe.assertRowScoped(mvc, jdbc, rows);
  }

  /** See {@link UnscopedQueryProbe#assertWritesRowScoped}. */
  protected void assertWritesRowScoped(RowsInThreeRegions rows) {
    UnscopedQueryProbe.assertWritesRowScoped(jdbc, dataScope, rows);
  }

  @AfterEach
  void unbind() {
    RowScope.clear();
  }

  @AfterAll
  void removeCreatedRows() {
    List<String> tables = new ArrayList<>(created.keySet());
    for (int i = tables.size() - 1; i >= 0; i--) {
      String[] tableAndKey = tables.get(i).split(" ");
      jdbc.sql("delete from " + tableAndKey[0] + " where " + tableAndKey[1] + " = any(:ids)")
          .param("ids", created.get(tables.get(i)).toArray(Long[]::new))
          .update();
    }
  }
}
