package cn.minzheng;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.SqlBoundaries.Crossing;
import cn.minzheng.SqlBoundaries.Reference;
import cn.minzheng.SqlBoundaries.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
  private static final String ROW_SCOPE =
      "a scoped table's row-security policy reads the caller's region codes through the"
          + " platform's two functions (platform V7): one definition of the scope for every module";

  /** The modules whose row-security migration reads the platform's scope functions. */
  private static final List<String> ROW_SCOPED_MIGRATIONS =
      List.of(
          "registry/V7__row_scope.sql",
          "assistance/V7__row_scope.sql",
          "children/V7__row_scope.sql",
          "funeral/V6__row_scope.sql",
          "disability/V7__row_scope.sql",
          "rescue/V3__row_scope.sql",
          "lifeevents/V2__row_scope.sql",
          "elderly/V11__row_scope.sql",
          "monitoring/V8__row_scope.sql",
          "socialwork/V4__row_scope.sql",
          "organisations/V6__row_scope.sql",
          "payments/V13__row_scope.sql",
          "portal/V7__service_ratings.sql");

  static final Map<Crossing, String> ALLOWED = allowed();

  private static Map<Crossing, String> allowed() {
    Map<Crossing, String> allowed =
        new HashMap<>(
            Map.of(
                new Crossing(
                    "src/main/resources/db/migration/marriage/V5__slots_move_to_booking_engine.sql",
                    "booking.resource"),
                "marriage moves its offices' slots into the shared booking engine once"
                    + " (registering every office as a resource), before it drops its emptied slot"
                    + " table",
                new Crossing(
                    "src/main/resources/db/migration/marriage/V5__slots_move_to_booking_engine.sql",
                    "booking.slot"),
                "marriage moves its slot rows, with their ids, into the shared booking engine once",
                new Crossing(
                    "src/main/resources/db/migration/marriage/V8__booking_in_one_statement.sql",
                    "booking.take_seat"),
                "a booking is one statement (issue 23): it takes its seat through the engine's"
                    + " published function (booking V2), the same conditional update as"
                    + " Slots.take",
                new Crossing(
                    "src/main/resources/db/migration/marriage/V9__booking_looks_up_parties.sql",
                    "booking.take_seat"),
                "the booking statement created anew with the parties' registry look-up (issue 23:"
                    + " one round trip) takes its seat the same way as in V8",
                new Crossing(
                    "src/main/resources/db/migration/calendar/V1__calendar_schema.sql",
                    "platform.calendar_day"),
                "the calendar module takes its table over from the platform schema, where platform"
                    + " V4 created it before the calendar was a module of its own"));
    for (String migration : ROW_SCOPED_MIGRATIONS) {
      for (String function : List.of("platform.scope_unrestricted", "platform.scope_codes")) {
        allowed.put(
            new Crossing("src/main/resources/db/migration/" + migration, function), ROW_SCOPE);
      }
    }
    return Map.copyOf(allowed);
  }

  private static final Path MAIN = Path.of("src/main");
  private static final Pattern ALLOWED_DEPENDENCIES =
      Pattern.compile("allowedDependencies\\s*=\\s*(\\{[^}]*}|\"[^\"]*\")");
  private static final Pattern DEPENDENCY = Pattern.compile("\"\\s*([a-z]+)[^\"]*\"");

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
            new Reference(
                "assistance",
                "src/main/java/cn/minzheng/assistance/statistics/AssistanceStatistics.java",
                "payments",
                "payments",
                "entitlement_fact"));
  }

  /**
   * SQL is a dependency too: a module that reads another's views declares that module in its {@code
   * allowedDependencies}, so that removing a declaration no Java type needs cannot hide it.
   */
  @Test
  void aModuleReadsOnlyModulesItDeclaresAsDependencies() {
    List<Source> migrations = SqlBoundaries.migrationsOf(MAIN);
    List<Source> sources = new ArrayList<>(migrations);
    sources.addAll(SqlBoundaries.javaOf(MAIN));

    List<String> undeclared =
        SqlBoundaries.declaredBy(migrations).referencesToOtherModules(sources).stream()
            .filter(r -> !declaredDependencies(r.module()).contains(r.owner()))
            .map(r -> r.file() + ": " + r.schema() + "." + r.name() + " (" + r.owner() + ")")
            .distinct()
            .toList();

    assertThat(undeclared).as("add the module to allowedDependencies in package-info").isEmpty();
    assertThat(declaredDependencies("monitoring")).contains("registry", "platform");
  }

  /**
   * The modules named in a module's {@code allowedDependencies} ("platform :: audit": platform).
   */
  private static Set<String> declaredDependencies(String module) {
    Path packageInfo = MAIN.resolve("java/cn/minzheng/" + module + "/package-info.java");
    if (!Files.exists(packageInfo)) {
      return Set.of();
    }
    Matcher declaration;
    try {
      declaration = ALLOWED_DEPENDENCIES.matcher(Files.readString(packageInfo));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!declaration.find()) {
      return Set.of();
    }
    return DEPENDENCY
        .matcher(declaration.group(1))
        .results()
        .map(m -> m.group(1))
        .collect(Collectors.toSet());
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
