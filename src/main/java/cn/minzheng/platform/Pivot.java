package cn.minzheng.platform;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A pivot table of a statistics page (交叉表, {@code fragments/pivot :: pivot}): groups of rows (e.g.
 * 区（市）县), optionally lines within each group (e.g. 保障类别) with a subtotal per group, one column per
 * value of a dimension (e.g. 救助项目) and a row total; a grand total row under all. Rows, lines and
 * columns keep the order in which the facts first name them, so the caller's order (by region code,
 * by programme) is the table's.
 */
@NamedInterface("shell")
public final class Pivot {

  /** One row: its label, one cell per column (zero where no fact fell) and the row's total. */
  public record Line(String label, List<BigDecimal> cells, BigDecimal total) {}

  /** A group of rows and, when it has more than one line, its subtotal. */
  public record Group(String label, List<Line> lines, @Nullable Line subtotal) {}

  private final List<String> columns;
  private final List<Group> groups;
  private final Line total;
  private final boolean twoLevel;

  private Pivot(List<String> columns, List<Group> groups, Line total, boolean twoLevel) {
    this.columns = columns;
    this.groups = groups;
    this.total = total;
    this.twoLevel = twoLevel;
  }

  /**
   * Sums {@code value} of the facts by group, line (null: groups only) and column. Facts that share
   * group, line and column are added up.
   */
  public static <T> Pivot of(
      Collection<T> facts,
      Function<T, String> group,
      @Nullable Function<T, String> line,
      Function<T, String> column,
      Function<T, BigDecimal> value) {
    Set<String> columnNames = new LinkedHashSet<>();
    Map<String, Map<String, Map<String, BigDecimal>>> sums = new LinkedHashMap<>();
    for (T fact : facts) {
      String c = column.apply(fact);
      columnNames.add(c);
      sums.computeIfAbsent(group.apply(fact), g -> new LinkedHashMap<>())
          .computeIfAbsent(line == null ? "" : line.apply(fact), l -> new LinkedHashMap<>())
          .merge(c, value.apply(fact), BigDecimal::add);
    }
    List<String> cols = List.copyOf(columnNames);
    List<Group> groups = new ArrayList<>();
    List<Line> allLines = new ArrayList<>();
    sums.forEach(
        (g, lines) -> {
          List<Line> rows = new ArrayList<>();
          lines.forEach((l, cells) -> rows.add(line(line == null ? g : l, cols, cells)));
          allLines.addAll(rows);
          groups.add(
              new Group(g, List.copyOf(rows), rows.size() > 1 ? sum("小计", cols, rows) : null));
        });
    return new Pivot(cols, List.copyOf(groups), sum("合计", cols, allLines), line != null);
  }

  private static Line line(String label, List<String> columns, Map<String, BigDecimal> cells) {
    List<BigDecimal> values =
        columns.stream().map(c -> cells.getOrDefault(c, BigDecimal.ZERO)).toList();
    return new Line(label, values, values.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  private static Line sum(String label, List<String> columns, List<Line> lines) {
    List<BigDecimal> values = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      int column = i;
      values.add(
          lines.stream().map(l -> l.cells().get(column)).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
    return new Line(
        label,
        List.copyOf(values),
        lines.stream().map(Line::total).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  public List<String> columns() {
    return columns;
  }

  public List<Group> groups() {
    return groups;
  }

  /** The grand total: one cell per column and the total of all. */
  public Line total() {
    return total;
  }

  /** Whether rows are grouped into lines (a second row-head column and subtotals). */
  public boolean twoLevel() {
    return twoLevel;
  }

  public boolean isEmpty() {
    return groups.isEmpty();
  }
}
