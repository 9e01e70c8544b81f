package cn.minzheng.region.domain;

import cn.minzheng.region.RegionKind;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.domain.RegionCommands.AddChild;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks a new child node against its parent; all field errors at once, keys of region.properties.
 */
final class NewNodeRules {

  static final int MAX_NAME_LENGTH = 50;

  private NewNodeRules() {}

  static RegionNode validate(
      AddChild command, RegionNode parent, RegionTree tree, LocalDate today) {
    Map<String, String> errors = new LinkedHashMap<>();
    RegionLevel level = parent.level().below();
    if (level == null) {
      throw RegionChangeRejected.of("code", "区划代码：社区、村以下不能再设下级区划");
    }
    if (parent.retiredOn(today)) {
      throw RegionChangeRejected.of("code", "区划代码：上级区划已撤销，不能新增下级区划");
    }
    String code = command.code() == null ? "" : command.code().strip();
    if (!code.matches("[0-9]{12}")) {
      errors.put("code", "区划代码：必须为12位数字");
    } else if (!inCodeSpace(code, parent)) {
      errors.put("code", "区划代码：不在上级区划的代码范围内");
    } else if (tree.find(code).isPresent()) {
      errors.put("code", "区划代码：该代码已存在");
    }
    String name = nameOrError(command.name(), errors);
    if (name != null && siblingNamed(tree, parent, name, today)) {
      errors.put("name", "名称：同一上级下已有同名区划");
    }
    RegionKind kind = kindOrError(command.kind(), level, errors);
    String statutory = statutoryCounty(command, parent, kind, code, tree, errors);
    if (!errors.isEmpty()) {
      throw new RegionChangeRejected(errors);
    }
    LocalDate validFrom = command.validFrom() == null ? today : command.validFrom();
    return new RegionNode(
        code, name, level, kind, parent.code(), statutory, validFrom, null, null, null, null);
  }

  /** The stripped name, or a rejection naming {@code field}. */
  static String requireName(String raw, String field) {
    Map<String, String> errors = new LinkedHashMap<>();
    String name = nameOrError(raw, errors);
    if (name == null) {
      throw new RegionChangeRejected(Map.of(field, errors.get("name")));
    }
    return name;
  }

  /**
   * The code space of a parent: below the city 5101xx000000, below a county its six digits and a
   * township part, below a street its nine digits and a village part.
   */
  static boolean inCodeSpace(String code, RegionNode parent) {
    return switch (parent.level()) {
      case CITY -> code.startsWith("5101") && !code.startsWith("00", 4) && code.endsWith("000000");
      case COUNTY ->
          code.startsWith(parent.code().substring(0, 6))
              && !code.startsWith("000", 6)
              && code.endsWith("000");
      case STREET -> code.startsWith(parent.code().substring(0, 9)) && !code.endsWith("000");
      case COMMUNITY -> false;
    };
  }

  private static String nameOrError(String raw, Map<String, String> errors) {
    String name = raw == null ? "" : raw.strip();
    if (name.isEmpty()) {
      errors.put("name", "名称：不能为空");
      return null;
    }
    if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
      errors.put("name", "名称：不能超过50个字");
      return null;
    }
    return name;
  }

  private static boolean siblingNamed(
      RegionTree tree, RegionNode parent, String name, LocalDate today) {
    return tree.children(parent.code()).stream()
        .anyMatch(s -> s.name().equals(name) && !s.retiredOn(today));
  }

  private static RegionKind kindOrError(
      String label, RegionLevel level, Map<String, String> errors) {
    for (RegionKind kind : RegionKind.values()) {
      if (kind.label().equals(label) && kind.level() == level) {
        return kind;
      }
    }
    errors.put("kind", "类别：请选择与层级相符的类别");
    return null;
  }

  /** Below a functional zone the GB/T 2260 county must be given; elsewhere it is inherited. */
  private static String statutoryCounty(
      AddChild command,
      RegionNode parent,
      RegionKind kind,
      String code,
      RegionTree tree,
      Map<String, String> errors) {
    if (parent.kind() == RegionKind.FUNCTIONAL_ZONE) {
      String given = command.statutoryCountyCode() == null ? "" : command.statutoryCountyCode();
      boolean known =
          given.strip().matches("[0-9]{6}")
              && tree.find(given.strip() + "000000")
                  .filter(c -> c.kind() != RegionKind.FUNCTIONAL_ZONE)
                  .filter(c -> c.level() == RegionLevel.COUNTY && c.validTo() == null)
                  .isPresent();
      if (!known) {
        errors.put("statutoryCountyCode", "所在区县代码：功能区下的区划须填写所在区县的6位国标代码");
      }
      return given.strip();
    }
    if (parent.level() == RegionLevel.CITY) {
      return kind == RegionKind.FUNCTIONAL_ZONE || code.length() < 6 ? null : code.substring(0, 6);
    }
    return parent.statutoryCountyCode();
  }
}
