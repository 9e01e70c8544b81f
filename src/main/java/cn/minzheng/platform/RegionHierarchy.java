package cn.minzheng.platform;

import java.util.List;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * What data scope needs from the division tree. Implemented by the {@code region} module, so that
 * the platform stays below it in the dependency order.
 */
@NamedInterface("security")
public interface RegionHierarchy {

  /** The codes of the node and of everything below it, retired nodes included. */
  Set<String> subtreeOf(String regionCode);

  /** The name shown for a code, or the code itself when unknown. */
  String nameOf(String regionCode);

  /**
   * The node and everything below it, retired nodes included (marked not active today), the node
   * first and each node before its children: what a region picker offers a user bound to the node.
   * Empty for an unknown code.
   */
  List<RegionChoice> choicesBelow(String regionCode);
}
