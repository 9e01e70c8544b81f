package cn.minzheng.testing;

import static cn.minzheng.registry.RegistryTestData.CITY;
import static cn.minzheng.registry.RegistryTestData.DISTRICT;
import static cn.minzheng.registry.RegistryTestData.SIBLING_STREET_COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.registry.RegistryTestData.auth;
import static cn.minzheng.registry.RegistryTestData.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.database.RowScope;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller that forgot its scope check on purpose, for the row-security tests of every module
 * (docs/security.md, "Row-level security"): it counts the rows of a table by key with no region
 * filter at all, inside the caller's request, so that only the database's policies can keep rows of
 * another region out. One class for every module's test, so that they share one test context.
 */
@TestConfiguration(proxyBeanMethods = false)
@RestController
public class UnscopedQueryProbe {

  /** A schema-qualified table and a column: never anything else spliced into the probe's SQL. */
  private static final Pattern NAME = Pattern.compile("[a-z_]+\\.[a-z_]+|[a-z_]+");

  private final JdbcClient jdbc;

  UnscopedQueryProbe(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/test/unscoped-count")
  String count(
      @RequestParam String table, @RequestParam String key, @RequestParam List<Long> values) {
    if (!NAME.matcher(table).matches() || !NAME.matcher(key).matches()) {
      throw new IllegalArgumentException(table + " " + key);
    }
    return String.valueOf(
        jdbc.sql("select count(*) from " + table + " where " + key + " = any(:values)")
            .param("values", values.toArray(Long[]::new))
            .query(Long.class)
            .single());
  }

  /** Rows of one table in a street's community, a sibling street's and another district's. */
  public record RowsInThreeRegions(String table, String key, long own, long sibling, long other) {

    List<Long> all() {
      return List.of(own, sibling, other);
    }
  }

  /**
   * The unscoped probe in a street caseworker's request sees only the street's row, in a district
   * approver's the district's two, in the city's all three; a thread without a request sees all.
   */
  public static void assertRowScoped(MockMvc mvc, JdbcClient jdbc, RowsInThreeRegions rows)
      throws Exception {
    String table = rows.table();
    assertThat(countAs(mvc, auth(STREET, Role.STREET_CASEWORKER), table, rows.key(), rows.all()))
        .as(table + " in a street caseworker's request")
        .isEqualTo(1);
    assertThat(
            countAs(
                mvc,
                auth(STREET, Role.STREET_CASEWORKER),
                table,
                rows.key(),
                List.of(rows.sibling(), rows.other())))
        .as(table + ": the rows of another street and another district")
        .isZero();
    assertThat(countAs(mvc, auth(DISTRICT, Role.DISTRICT_APPROVER), table, rows.key(), rows.all()))
        .as(table + " in a district approver's request")
        .isEqualTo(2);
    assertThat(countAs(mvc, auth(CITY, Role.CITY_ADMIN), table, rows.key(), rows.all()))
        .as(table + " in the city's request")
        .isEqualTo(3);
    assertThat(
            jdbc.sql("select count(*) from " + table + " where " + rows.key() + " = any(:v)")
                .param("v", rows.all().toArray(Long[]::new))
                .query(Long.class)
                .single())
        .as(table + " in a thread without a request (a job, a listener)")
        .isEqualTo(3);
  }

  /**
   * Bound to a street caseworker's scope, an update of all three rows touches only the street's,
   * and moving the street's row to another street is refused by the policy's check.
   */
  public static void assertWritesRowScoped(
      JdbcClient jdbc, DataScope dataScope, RowsInThreeRegions rows) {
    String table = rows.table();
    String key = rows.key();
    RowScope.bind(dataScope.of(staff(STREET, Role.STREET_CASEWORKER)));
    try {
      assertThat(
              jdbc.sql(
                      "update "
                          + table
                          + " set region_code = region_code where "
                          + key
                          + " = any(:v)")
                  .param("v", rows.all().toArray(Long[]::new))
                  .update())
          .as(table + ": rows updated in a street's scope")
          .isEqualTo(1);
      assertThatThrownBy(
              () ->
                  jdbc.sql("update " + table + " set region_code = :r where " + key + " = :k")
                      .param("r", SIBLING_STREET_COMMUNITY)
                      .param("k", rows.own())
                      .update())
          .as(table + ": a row moved out of the scope")
          .rootCause()
          .hasMessageContaining("violates row-level security policy");
    } finally {
      RowScope.clear();
    }
  }

  /** The rows of {@code table} whose {@code key} is among {@code values} that {@code who} sees. */
  public static long countAs(
      MockMvc mvc, StaffAuthentication who, String table, String key, Collection<Long> values)
      throws Exception {
    String answer =
        mvc.perform(
                get("/test/unscoped-count")
                    .param("table", table)
                    .param("key", key)
                    .param(
                        "values",
                        values.stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .with(authentication(who)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Long.parseLong(answer);
  }
}
