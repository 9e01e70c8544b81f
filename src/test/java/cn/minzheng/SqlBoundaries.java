package cn.minzheng;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds SQL in one module that names an object of another module's schema which that module does
 * not publish as a view. {@code ApplicationModules.verify()} sees only Java types; this sees the
 * SQL: the string literals and text blocks of the Java sources and the module's migrations, with
 * comments left out (a comment that mentions {@code registry.person} reads nothing).
 *
 * <p>A module owns the schema its migration folder creates ({@code create schema}); it publishes
 * what its own migrations create as {@code create [or replace] view <schema>.<name>}.
 */
final class SqlBoundaries {

  /** SQL text of one file and the module it belongs to ({@code ""} for the application root). */
  record Source(String module, String file, String sql) {}

  /** A reference {@code schema.name} in a file of {@code module} to a schema of {@code owner}. */
  record Reference(String module, String file, String owner, String schema, String name) {}

  /** A reference {@code schema.name} in {@code file} to another module's unpublished object. */
  record Crossing(String file, String reference) {
    @Override
    public String toString() {
      return file + ": " + reference;
    }
  }

  private static final Pattern SCHEMA =
      Pattern.compile("create\\s+schema\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
  private static final Pattern VIEW =
      Pattern.compile(
          "create\\s+(?:or\\s+replace\\s+)?(?:materialized\\s+)?view\\s+"
              + "([a-z_][a-z0-9_]*)\\.([a-z_][a-z0-9_]*)");
  private static final Pattern SQL_COMMENT =
      Pattern.compile("--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

  private final Map<String, String> ownerOfSchema;
  private final Map<String, Set<String>> publishedViews;
  private final Pattern reference;

  private SqlBoundaries(Map<String, String> ownerOfSchema, Map<String, Set<String>> views) {
    this.ownerOfSchema = ownerOfSchema;
    this.publishedViews = views;
    // schema.name, but not part of a longer dotted word: "marriage.office.update" is an audit
    // action code or a message key, not SQL
    this.reference =
        Pattern.compile(
            "(?<![\\w.$])("
                + String.join("|", new TreeSet<>(ownerOfSchema.keySet()))
                + ")\\.([a-z_][a-z0-9_$]*)(?![\\w.$])");
  }

  /** The schemas and published views declared by the migrations among {@code sources}. */
  static SqlBoundaries declaredBy(Collection<Source> migrations) {
    Map<String, String> owners = new HashMap<>();
    Map<String, Set<String>> views = new HashMap<>();
    for (Source migration : migrations) {
      Matcher schema = SCHEMA.matcher(migration.sql());
      while (schema.find()) {
        owners.put(schema.group(1), migration.module());
      }
    }
    for (Source migration : migrations) {
      Matcher view = VIEW.matcher(migration.sql());
      while (view.find()) {
        // only the owner publishes: a view another module creates in this schema is a crossing
        if (migration.module().equals(owners.get(view.group(1)))) {
          views.computeIfAbsent(view.group(1), s -> new TreeSet<>()).add(view.group(2));
        }
      }
    }
    return new SqlBoundaries(owners, views);
  }

  Map<String, Set<String>> publishedViews() {
    return publishedViews;
  }

  /** Every reference to another module's schema in {@code sources}, published or not. */
  List<Reference> referencesToOtherModules(Collection<Source> sources) {
    List<Reference> found = new ArrayList<>();
    for (Source source : sources) {
      Matcher m = reference.matcher(source.sql());
      while (m.find()) {
        String owner = ownerOfSchema.get(m.group(1));
        if (!source.module().equals(owner)) {
          found.add(new Reference(source.module(), source.file(), owner, m.group(1), m.group(2)));
        }
      }
    }
    return found.stream().distinct().toList();
  }

  /** The references to another module's schema that name no view that module publishes. */
  List<Crossing> crossings(Collection<Source> sources) {
    return referencesToOtherModules(sources).stream()
        .filter(r -> !publishedViews.getOrDefault(r.schema(), Set.of()).contains(r.name()))
        .map(r -> new Crossing(r.file(), r.schema() + "." + r.name()))
        .toList();
  }

  /** SQL of a migration: the file without its comments, lower case (SQL ignores case). */
  static Source migration(String module, String file, String text) {
    return new Source(module, file, withoutSqlComments(text).toLowerCase(Locale.ROOT));
  }

  /** SQL of a Java source: its string literals and text blocks, each without SQL comments. */
  static Source java(String module, String file, String text) {
    String sql =
        JavaStrings.literals(text).stream()
            .map(SqlBoundaries::withoutSqlComments)
            .collect(Collectors.joining("\n"));
    return new Source(module, file, sql.toLowerCase(Locale.ROOT));
  }

  private static String withoutSqlComments(String sql) {
    return SQL_COMMENT.matcher(sql).replaceAll(" ");
  }

  /** The migrations under {@code main/resources/db/migration/<module>/}. */
  static List<Source> migrationsOf(Path main) {
    Path root = main.resolve("resources/db/migration");
    return files(root, ".sql").stream()
        .map(p -> migration(root.relativize(p).getName(0).toString(), name(p), read(p)))
        .toList();
  }

  /** The Java sources under {@code main/java/cn/minzheng/<module>/}. */
  static List<Source> javaOf(Path main) {
    Path root = main.resolve("java/cn/minzheng");
    return files(root, ".java").stream()
        .map(p -> java(moduleOf(root.relativize(p)), name(p), read(p)))
        .toList();
  }

  private static String moduleOf(Path relative) {
    return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
  }

  private static String name(Path file) {
    return file.toString().replace('\\', '/');
  }

  private static List<Path> files(Path root, String suffix) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The contents of Java string literals and text blocks, comments and char literals skipped. */
  static final class JavaStrings {

    private JavaStrings() {}

    static List<String> literals(String java) {
      List<String> literals = new ArrayList<>();
      int i = 0;
      int n = java.length();
      while (i < n) {
        if (java.startsWith("//", i)) {
          i = endOf(java, "\n", i + 2);
        } else if (java.startsWith("/*", i)) {
          i = endOf(java, "*/", i + 2);
        } else if (java.startsWith("\"\"\"", i)) {
          int end = closing(java, i + 3, "\"\"\"");
          literals.add(java.substring(i + 3, end));
          i = end + 3;
        } else if (java.charAt(i) == '"') {
          int end = closing(java, i + 1, "\"");
          literals.add(java.substring(i + 1, end));
          i = end + 1;
        } else if (java.charAt(i) == '\'') {
          i = closing(java, i + 1, "'") + 1;
        } else {
          i++;
        }
      }
      return literals;
    }

    private static int endOf(String java, String terminator, int from) {
      int at = java.indexOf(terminator, from);
      return at < 0 ? java.length() : at + terminator.length();
    }

    /** Index of the unescaped {@code quote} that closes a literal whose content starts at from. */
    private static int closing(String java, int from, String quote) {
      int i = from;
      while (i < java.length() && !java.startsWith(quote, i)) {
        i += java.charAt(i) == '\\' ? 2 : 1;
      }
      return Math.min(i, java.length());
    }
  }
}
