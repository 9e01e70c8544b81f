package cn.minzheng.region.domain;

import cn.minzheng.region.RegionNode;
import cn.minzheng.region.domain.RegionCommands.Retire;
import java.util.LinkedHashMap;
import java.util.Map;

/** When a node may be retired: confirmed, with a reason, and no child still in force. */
final class RetireRules {

  private RetireRules() {}

  static void validate(Retire command, RegionNode node, RegionTree tree) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (node.validTo() != null) {
      throw RegionChangeRejected.of("effectiveFrom", "撤销：该区划已撤销");
    }
    if (node.parentCode() == null) {
      throw RegionChangeRejected.of("effectiveFrom", "撤销：成都市不能撤销");
    }
    if (command.reason() == null || command.reason().isBlank()) {
      errors.put("reason", "撤销原因：不能为空");
    }
    if (!command.confirmed()) {
      errors.put("confirmed", "确认：请勾选确认撤销");
    }
    if (command.effectiveFrom() == null) {
      errors.put("effectiveFrom", "生效日期：不能为空");
    } else {
      if (command.effectiveFrom().isBefore(node.validFrom())) {
        errors.put("effectiveFrom", "生效日期：不能早于该区划的启用日期");
      }
      boolean activeChildren =
          tree.children(node.code()).stream()
              .anyMatch(c -> c.validTo() == null || c.validTo().isAfter(command.effectiveFrom()));
      if (activeChildren) {
        errors.put("effectiveFrom", "撤销：该区划仍有未撤销的下级区划，不能撤销");
      }
    }
    String successor = command.successorCode();
    if (successor != null && !successor.isBlank() && tree.find(successor.strip()).isEmpty()) {
      errors.put("successorCode", "承继区划代码：该代码不存在");
    }
    if (!errors.isEmpty()) {
      throw new RegionChangeRejected(errors);
    }
  }
}
