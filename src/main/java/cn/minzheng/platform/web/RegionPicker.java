package cn.minzheng.platform.web;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.RegionChoice;
import cn.minzheng.platform.RegionHierarchy;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The options of the region picker ({@code fragments/form :: regionField}), reached by templates as
 * {@code #regionPicker}: the signed-in staff member's own node and its subtree, never more, down to
 * the deepest level the field takes. Nodes of the levels the field takes are choosable; the ones
 * above them are there to group and to lead the cascade (区 › 街道 › 社区), not to be chosen. Retired
 * nodes are left out, except the field's current value, so that editing an old record does not
 * silently change its region.
 *
 * <p>Without script the options are one plain select, indented by level; {@code
 * static/js/pickers.js} turns it into one select per level. The server still checks every submitted
 * code: a picker is a convenience, not a control.
 */
@Component("regionPicker")
public class RegionPicker {

  /** Depth names of the {@code levels} parameter: city 0, county 1, street 2, community 3. */
  static final List<String> LEVELS = List.of("city", "county", "street", "community");

  private static final String INDENT = "　";

  private final CurrentUser currentUser;
  private final RegionHierarchy regions;

  RegionPicker(CurrentUser currentUser, RegionHierarchy regions) {
    this.currentUser = currentUser;
    this.regions = regions;
  }

  /** The signed-in staff member's node, the root of every picker; null for anyone else. */
  public @Nullable String root() {
    return currentUser.staff().map(u -> u.regionCode()).orElse(null);
  }

  /**
   * The options for a field taking the given levels (comma-separated names of {@link #LEVELS},
   * default {@code community}), the current value marked.
   */
  public List<Option> options(@Nullable Object value, @Nullable String levels) {
    String root = root();
    if (root == null) {
      return List.of();
    }
    BitSet taken = depths(levels);
    int deepest = taken.length() - 1;
    String current = value == null ? null : value.toString();
    List<RegionChoice> choices = regions.choicesBelow(root);
    int rootDepth = choices.isEmpty() ? 0 : choices.get(0).depth();
    List<Option> options = new ArrayList<>();
    for (RegionChoice c : choices) {
      boolean isCurrent = c.code().equals(current);
      if (c.depth() > deepest || (!c.active() && !isCurrent)) {
        continue;
      }
      String name = c.active() ? c.name() : c.name() + "（已撤销）";
      options.add(
          new Option(
              c.code(),
              name,
              INDENT.repeat(c.depth() - rootDepth) + name,
              c.code().equals(root) ? null : c.parentCode(),
              c.depth(),
              taken.get(c.depth()),
              isCurrent));
    }
    return options;
  }

  static BitSet depths(@Nullable String levels) {
    BitSet taken = new BitSet();
    String spec = levels == null || levels.isBlank() ? "community" : levels;
    for (String level : spec.split(",")) {
      int depth = LEVELS.indexOf(level.strip().toLowerCase(Locale.ROOT));
      if (depth < 0) {
        throw new IllegalArgumentException("unknown region level: " + level);
      }
      taken.set(depth);
    }
    return taken;
  }

  /**
   * One option: {@code text} is the name indented by depth (the plain select), {@code parent} the
   * managing parent (null for the user's own node), {@code choosable} whether the field takes it.
   */
  public record Option(
      String code,
      String name,
      String text,
      @Nullable String parent,
      int depth,
      boolean choosable,
      boolean selected) {}
}
