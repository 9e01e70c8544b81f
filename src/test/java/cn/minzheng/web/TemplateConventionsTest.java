package cn.minzheng.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The UI conventions of docs/ui-conventions.md that a new page could break without any other test
 * noticing: texts are literal Chinese in the templates (no message bundles), and form controls come
 * from {@code fragments/form.html}, which gives each one its label, required mark and field error.
 */
class TemplateConventionsTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Path FORM_FRAGMENTS = TEMPLATES.resolve("fragments/form.html");

  private static final Pattern CONTROL =
      Pattern.compile("<(input|select|textarea)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

  /** What names a control in the allow-list: its name, its bound field or its id. */
  private static final Pattern NAME =
      Pattern.compile("\\b(?:th:)?name=\"([^\"]+)\"|th:field=\"\\*\\{(\\w+)}\"|\\bid=\"([^\"]+)\"");

  /**
   * Controls still written by hand, by template and control name, each with the reason. Hidden
   * inputs need no label and are allowed everywhere.
   */
  static final Map<String, String> ALLOWED =
      Map.ofEntries(
          Map.entry(
              "admin/accounts/new.html roles",
              "one checkbox per role bound with th:field, grouped under a <legend>"),
          Map.entry(
              "admin/accounts/detail.html roles",
              "one checkbox per role bound with th:field, grouped under a <legend>"),
          Map.entry(
              "registry/import.html mode",
              "two radio buttons, each with its own label: one choice, not a field of its own"),
          Map.entry(
              "registry/household.html memberIds",
              "one box per member in the split form, labelled by the member's name around it"),
          Map.entry(
              "registry/household.html newHeadId",
              "one radio per member in the split form, labelled 新户主 around it"),
          Map.entry(
              "cockpit/headline.html map-figure",
              "a control of the map drawn by script, never submitted: which figure colours it"),
          Map.entry(
              "cockpit/headline.html map-metric",
              "a control of the map drawn by script, never submitted: value or per 1,000"),
          Map.entry(
              "placenames/application-form.html naming-map-line",
              "a control of the map drawn by script, never submitted: click adds a line point"),
          Map.entry(
              "disability/subsidies.html selected",
              "one box per row of a batch action, labelled by the row's person (aria-label): a"
                  + " selection, not a field"),
          Map.entry(
              "disability/subsidies.html select-all",
              "ticks every row's box by script, never submitted (aria-label 全选本页)"),
          Map.entry(
              "monitoring/visits.html selected",
              "one box per task of the batch assignment, labelled by the task's person (aria-label):"
                  + " a selection, not a field"),
          Map.entry(
              "monitoring/visits.html select-all",
              "ticks every task's box by script, never submitted (aria-label 全选本页)"),
          Map.entry(
              "elderly/portal-verification.html declare",
              "a declaration the server never receives: the browser's own required check is its"
                  + " guard, which the fragments leave out on purpose"));

  @Test
  void templatesWriteTheirTextsInChineseWithoutMessageKeys() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path template : templates()) {
      List<String> lines = Files.readAllLines(template);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains("#{")) {
          found.add(TEMPLATES.relativize(template) + ":" + (i + 1));
        }
      }
    }
    assertThat(found).as("message expressions #{...}").isEmpty();
    assertThat(Path.of("src/main/resources/i18n")).doesNotExist();
  }

  @Test
  void everyVisibleControlComesFromTheFormFragments() throws IOException {
    List<String> handWritten = new ArrayList<>();
    for (Path template : templates()) {
      if (template.equals(FORM_FRAGMENTS)) {
        continue;
      }
      String relative = TEMPLATES.relativize(template).toString().replace('\\', '/');
      String text = Files.readString(template);
      Matcher control = CONTROL.matcher(text);
      while (control.find()) {
        String tag = control.group();
        if (tag.contains("type=\"hidden\"")) {
          continue;
        }
        Matcher name = NAME.matcher(tag);
        String key = relative + " " + (name.find() ? firstNonNull(name) : "?");
        if (!ALLOWED.containsKey(key)) {
          handWritten.add(key + " at line " + lineOf(text, control.start()) + ": " + tag);
        }
      }
    }
    assertThat(handWritten)
        .as("controls outside fragments/form.html (use its fields, see docs/ui-conventions.md)")
        .isEmpty();
  }

  /**
   * {@code ~{::kindChoices}} selects every fragment of that name in the page, so a second select
   * copied with the same choices name would get both option lists.
   */
  @Test
  void fragmentNamesAreUniqueWithinATemplate() throws IOException {
    Pattern fragment = Pattern.compile("th:fragment=\"(\\w+)");
    List<String> repeated = new ArrayList<>();
    for (Path template : templates()) {
      Matcher names = fragment.matcher(Files.readString(template));
      List<String> seen = new ArrayList<>();
      while (names.find()) {
        if (seen.contains(names.group(1))) {
          repeated.add(TEMPLATES.relativize(template) + " " + names.group(1));
        }
        seen.add(names.group(1));
      }
    }
    assertThat(repeated).isEmpty();
  }

  @Test
  void theScanSeesAHandWrittenControl() {
    Matcher control = CONTROL.matcher("<div><input class=\"form-control\" name=\"x\"></div>");
    assertThat(control.find()).isTrue();
    assertThat(control.group()).doesNotContain("type=\"hidden\"");
  }

  private static String firstNonNull(Matcher name) {
    for (int g = 1; g <= name.groupCount(); g++) {
      if (name.group(g) != null) {
        return name.group(g);
      }
    }
    return "?";
  }

  private static int lineOf(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
