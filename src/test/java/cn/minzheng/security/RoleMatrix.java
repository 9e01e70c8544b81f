package cn.minzheng.security;

import cn.minzheng.platform.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role matrix of {@code docs/security.md}, read as data: the staff table (one column per role,
 * {@code Y} or {@code -}), the table of public, citizen and service-account endpoints, and the
 * known deviations of today's code from the matrix. The document is the rule; the tests that read
 * it make the code keep to it.
 */
record RoleMatrix(List<StaffRow> staff, List<OtherRow> others, List<Deviation> deviations) {

  static final Path DOCUMENT = Path.of("docs", "security.md");

  /** The role of each column, in the document's order. */
  static final List<Role> COLUMNS =
      List.of(
          Role.COMMUNITY_WORKER,
          Role.STREET_CASEWORKER,
          Role.DISTRICT_APPROVER,
          Role.CITY_ADMIN,
          Role.INSTITUTION_OPERATOR,
          Role.AUDITOR,
          Role.SECURITY_ADMIN,
          Role.SYSTEM_ADMIN,
          Role.CHILD_PROTECTION,
          Role.MENTAL_HEALTH_REHAB,
          Role.ORGANISATION_ACCOUNT,
          Role.RESCUE_STATION);

  /**
   * The columns every row writes out; the later ones (narrow roles added after the table was
   * written) may be left off a row: see {@link #missingCell}.
   */
  private static final int WRITTEN_COLUMNS = 11;

  private static final Pattern SELECTOR = Pattern.compile("\\[(\\w+)=([^\\]]+)]");

  /** One endpoint of the staff table. {@code selector}: the {@code [name=value]} of the action. */
  record StaffRow(
      String module,
      String action,
      String method,
      String path,
      String selectorName,
      String selectorValue,
      Map<Role, Boolean> allowed) {

    String key() {
      return method
          + " "
          + path
          + (selectorName == null ? "" : " [" + selectorName + "=" + selectorValue + "]");
    }
  }

  /** One endpoint of the other table: who is public, citizen, a service account, ... */
  record OtherRow(String module, String action, String method, String path, String who) {}

  /** A cell that today's code does not keep yet: role and row key, and what it answers. */
  record Deviation(Role role, String rowKey, String today) {}

  static RoleMatrix read() throws IOException {
    List<String> lines = Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8);
    return new RoleMatrix(
        staffRows(section(lines, "### Staff endpoints")),
        otherRows(section(lines, "### Public, citizen and service-account endpoints")),
        deviations(section(lines, "### Known deviations")));
  }

  /** The table rows (without header and rule) of the section under {@code heading}. */
  private static List<String[]> section(List<String> lines, String heading) {
    int start = lines.indexOf(heading);
    if (start < 0) {
      throw new IllegalStateException(DOCUMENT + " has no section \"" + heading + "\"");
    }
    List<String[]> rows = new ArrayList<>();
    boolean header = true;
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
      String line = lines.get(i).strip();
      if (!line.startsWith("|")) {
        continue;
      }
      if (header || line.startsWith("|---")) {
        header = false;
        continue;
      }
      String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
      for (int c = 0; c < cells.length; c++) {
        cells[c] = cells[c].strip().replace("`", "");
      }
      rows.add(cells);
    }
    return rows;
  }

  private static List<StaffRow> staffRows(List<String[]> rows) {
    List<StaffRow> result = new ArrayList<>();
    for (String[] c : rows) {
      if (c.length < 4 + WRITTEN_COLUMNS || c.length > 4 + COLUMNS.size()) {
        throw new IllegalStateException(
            "staff row with " + c.length + " cells: " + String.join("|", c));
      }
      Map<Role, Boolean> allowed = new EnumMap<>(Role.class);
      for (int i = 0; i < COLUMNS.size(); i++) {
        String cell = 4 + i < c.length ? c[4 + i] : missingCell(c);
        if (!cell.equals("Y") && !cell.equals("-")) {
          throw new IllegalStateException("cell neither Y nor -: " + cell + " in " + c[1]);
        }
        allowed.put(COLUMNS.get(i), cell.equals("Y"));
      }
      Matcher selector = SELECTOR.matcher(c[1]);
      boolean selected = selector.find();
      result.add(
          new StaffRow(
              c[0],
              c[1],
              c[2],
              c[3],
              selected ? selector.group(1) : null,
              selected ? selector.group(2) : null,
              allowed));
    }
    return result;
  }

  /**
   * A cell a row leaves off: an endpoint open to every role it names (the home page, the region
   * tree, ...) is open to the later roles too; any other refuses them (docs/security.md, "How to
   * read a row").
   */
  private static String missingCell(String[] cells) {
    for (int i = 4; i < cells.length; i++) {
      if (!cells[i].equals("Y")) {
        return "-";
      }
    }
    return "Y";
  }

  private static List<OtherRow> otherRows(List<String[]> rows) {
    return rows.stream().map(c -> new OtherRow(c[0], c[1], c[2], c[3], c[4])).toList();
  }

  private static List<Deviation> deviations(List<String[]> rows) {
    return rows.stream().map(c -> new Deviation(Role.valueOf(c[0]), c[1], c[2])).toList();
  }
}
