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
      throw RegionChangeRejected.of("effectiveFrom", "region.error.retire.already");
    }
    if (node.parentCode() == null) {
      throw RegionChangeRejected.of("effectiveFrom", "region.error.retire.root");
    }
    if (command.reason() == null || command.reason().isBlank()) {
      errors.put("reason", "region.error.retire.reason");
    }
    if (!command.confirmed()) {
      errors.put("confirmed", "region.error.retire.confirm");
    }
    if (command.effectiveFrom() == null) {
      errors.put("effectiveFrom", "region.error.date.required");
    } else {
      if (command.effectiveFrom().isBefore(node.validFrom())) {
        errors.put("effectiveFrom", "region.error.retire.date");
      }
      boolean activeChildren =
          tree.children(node.code()).stream()
              .anyMatch(c -> c.validTo() == null || c.validTo().isAfter(command.effectiveFrom()));
      if (activeChildren) {
        errors.put("effectiveFrom", "region.error.retire.children");
      }
    }
    String successor = command.successorCode();
    if (successor != null && !successor.isBlank() && tree.find(successor.strip()).isEmpty()) {
      errors.put("successorCode", "region.error.successor");
    }
    if (!errors.isEmpty()) {
      throw new RegionChangeRejected(errors);
    }
  }
}
