package cn.minzheng;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.SqlBoundaries.Crossing;
import cn.minzheng.SqlBoundaries.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Module boundaries hold in SQL too: no module's SQL (Java string literals and text blocks, its
 * migrations) names another module's table, sequence or function; it reads only the views that
 * module publishes (registry's and payments' {@code *_fact}). Changes go through the owner's Java
 * commands.
 */
class SqlBoundaryTest {

  /**
   * References that must stay, each with its reason. Exact: a file listed here may not name any
   * other object of another module, and an allowance nobody needs any more fails the test.
   */
  static final Map<Crossing, String> ALLOWED = Map.of();

  private static final Path MAIN = Path.of("src/main");

  @Test
  void noModuleNamesAnotherModulesObjectsButItsPublishedViews() {
    List<Source> migrations = SqlBoundaries.migrationsOf(MAIN);
    SqlBoundaries boundaries = SqlBoundaries.declaredBy(migrations);
    List<Source> sources = new ArrayList<>(migrations);
    sources.addAll(SqlBoundaries.javaOf(MAIN));

    List<Crossing> crossings = boundaries.crossings(sources);

    assertThat(crossings)
        .as("SQL naming another module's objects: read its published views, change through it")
        .filteredOn(c -> !ALLOWED.containsKey(c))
        .isEmpty();
    assertThat(crossings).as("allowances no longer needed").containsAll(ALLOWED.keySet());
    // the scan saw what it checks: published views and the modules that read them
    assertThat(boundaries.publishedViews().get("registry")).contains("person_fact");
    assertThat(boundaries.publishedViews().get("payments")).contains("entitlement_fact");
    assertThat(boundaries.referencesToOtherModules(sources))
        .contains(
            new Crossing(
                "src/main/java/cn/minzheng/assistance/statistics/AssistanceStatistics.java",
                "payments.entitlement_fact"));
  }

  @Test
  void findsATableOfAnotherModuleInATextBlockAndInAMigration() {
    SqlBoundaries boundaries =
        SqlBoundaries.declaredBy(
            List.of(
                SqlBoundaries.migration(
                    "registry",
                    "registry/V1.sql",
                    "create schema registry; create table registry.person (id bigint);"
                        + " create view registry.person_fact as select id from registry.person;"),
                SqlBoundaries.migration("elderly", "elderly/V1.sql", "create schema elderly;")));
    Source java =
        SqlBoundaries.java(
            "elderly",
            "Allowance.java",
            "class Allowance {\n"
                + "  // reads registry.person_fact only, never registry.household\n"
                + "  String AUDIT = \"registry.person.unmask\";\n"
                + "  char QUOTE = '\"';\n"
                + "  String SQL = \"\"\"\n"
                + "      select p.id -- not registry.household either\n"
                + "        from registry.person_fact f join Registry.Person p on p.id = f.id\n"
                + "        where \\\"\"\" registry.ethnicity \\\"\"\" = ''\n"
                + "      \"\"\";\n"
                + "}\n");
    Source migration =
        SqlBoundaries.migration(
            "elderly",
            "elderly/V2.sql",
            "-- person_id refers to registry.person\n"
                + "create table elderly.allowance (person_id bigint references registry.person);\n"
                + "create view registry.allowance_fact as select 1;");

    assertThat(boundaries.crossings(List.of(java, migration)))
        .containsExactly(
            new Crossing("Allowance.java", "registry.person"),
            new Crossing("Allowance.java", "registry.ethnicity"),
            new Crossing("elderly/V2.sql", "registry.person"),
            new Crossing("elderly/V2.sql", "registry.allowance_fact"));
  }

  @Test
  void aModuleNamesItsOwnSchemaFreely() {
    SqlBoundaries boundaries =
        SqlBoundaries.declaredBy(
            List.of(
                SqlBoundaries.migration("payments", "payments/V1.sql", "create schema payments;")));
    Source own =
        SqlBoundaries.java(
            "payments", "Rosters.java", "String sql = \"select * from payments.roster\";");

    assertThat(boundaries.crossings(List.of(own))).isEmpty();
  }
}
