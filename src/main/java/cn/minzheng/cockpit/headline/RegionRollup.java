package cn.minzheng.cockpit.headline;

import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which child of a region node a code lies under, following the managing parent (a street of a
 * functional zone rolls up into the zone), so that figures recorded at any level of the tree can be
 * summed per district or street.
 */
@Component
class RegionRollup {

  private final RegionQuery regions;

  RegionRollup(RegionQuery regions) {
    this.regions = regions;
  }

  /** The tree as child -> parent, read once per page from the region module's cached tree. */
  Parents parents() {
    List<RegionNode> all = regions.all();
    Map<String, String> parentOf = new HashMap<>(all.size() * 2);
    all.forEach(n -> parentOf.put(n.code(), n.parentCode()));
    return new Parents(parentOf);
  }

  record Parents(Map<String, String> parentOf) {

    /**
     * The child of {@code node} on the way up from {@code code}; {@code node} itself for a value
     * recorded at the node; empty when the code is not below it.
     */
    Optional<String> childOf(String node, String code) {
      String current = code;
      while (current != null) {
        if (current.equals(node)) {
          return Optional.of(node);
        }
        String parent = parentOf.get(current);
        if (node.equals(parent)) {
          return Optional.of(current);
        }
        current = parent;
      }
      return Optional.empty();
    }
  }
}
