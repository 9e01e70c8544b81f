package cn.minzheng.region.domain;

import cn.minzheng.region.RegionNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** An immutable picture of the whole tree, indexed by code and by parent. */
final class RegionSnapshot {

  private final List<RegionNode> all;
  private final Map<String, RegionNode> byCode;
  private final Map<String, List<RegionNode>> childrenByParent;
  private final Map<String, Set<String>> subtrees = new ConcurrentHashMap<>();

  private RegionSnapshot(
      List<RegionNode> all,
      Map<String, RegionNode> byCode,
      Map<String, List<RegionNode>> childrenByParent) {
    this.all = all;
    this.byCode = byCode;
    this.childrenByParent = childrenByParent;
  }

  /** {@code nodes} ordered by code, so that children lists come out ordered too. */
  static RegionSnapshot of(List<RegionNode> nodes) {
    Map<String, RegionNode> byCode = new HashMap<>();
    Map<String, List<RegionNode>> children = new HashMap<>();
    for (RegionNode node : nodes) {
      byCode.put(node.code(), node);
      if (node.parentCode() != null) {
        children.computeIfAbsent(node.parentCode(), k -> new ArrayList<>()).add(node);
      }
    }
    children.replaceAll((k, v) -> List.copyOf(v));
    return new RegionSnapshot(List.copyOf(nodes), Map.copyOf(byCode), Map.copyOf(children));
  }

  List<RegionNode> all() {
    return all;
  }

  RegionNode node(String code) {
    return byCode.get(code);
  }

  List<RegionNode> childrenOf(String code) {
    return code == null ? List.of() : childrenByParent.getOrDefault(code, List.of());
  }

  int size() {
    return byCode.size();
  }

  /** The node and everything below it, retired nodes included; empty for an unknown code. */
  Set<String> subtreeOf(String code) {
    if (!byCode.containsKey(code)) {
      return Set.of();
    }
    return subtrees.computeIfAbsent(code, this::collect);
  }

  private Set<String> collect(String root) {
    Set<String> codes = new HashSet<>();
    Deque<String> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      String code = pending.pop();
      if (codes.add(code)) {
        childrenOf(code).forEach(child -> pending.push(child.code()));
      }
    }
    return Set.copyOf(codes);
  }
}
