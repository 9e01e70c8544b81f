package cn.minzheng.region.domain;

import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.region.AddressCodeCheck;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The division tree for readers: a snapshot of all nodes (a few thousand) held in memory, dropped
 * on every change made through this application and rebuilt on the next read. Data scope asks for
 * subtrees on every request, so this must not cost a query each time.
 */
@Service
public class RegionTree implements RegionQuery, RegionHierarchy {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final RegionRepository repository;
  private volatile RegionSnapshot snapshot;

  /** The seeder is a dependency so that the tree is complete before anyone reads it. */
  RegionTree(RegionRepository repository, RegionSeeder seeder) {
    this.repository = repository;
  }

  /** Forgets the snapshot; called after every change. */
  public void invalidate() {
    snapshot = null;
  }

  RegionSnapshot snapshot() {
    RegionSnapshot current = snapshot;
    if (current == null) {
      current = RegionSnapshot.of(repository.findAll());
      snapshot = current;
    }
    return current;
  }

  /** Every node, ordered by code. */
  public List<RegionNode> all() {
    return snapshot().all();
  }

  @Override
  public Optional<RegionNode> find(String code) {
    return Optional.ofNullable(code).map(snapshot()::node);
  }

  @Override
  public List<RegionNode> children(String code) {
    return snapshot().childrenOf(code);
  }

  @Override
  public List<RegionNode> path(String code) {
    RegionSnapshot tree = snapshot();
    List<RegionNode> path = new ArrayList<>();
    RegionNode node = code == null ? null : tree.node(code);
    while (node != null && path.size() < 10) {
      path.add(node);
      node = node.parentCode() == null ? null : tree.node(node.parentCode());
    }
    Collections.reverse(path);
    return List.copyOf(path);
  }

  @Override
  public AddressCodeCheck checkAddressCode(String sixDigits) {
    return AddressCodes.check(sixDigits, snapshot(), LocalDate.now(CHINA));
  }

  @Override
  public Set<String> subtreeOf(String regionCode) {
    return regionCode == null ? Set.of() : snapshot().subtreeOf(regionCode);
  }

  @Override
  public String nameOf(String regionCode) {
    RegionNode node = regionCode == null ? null : snapshot().node(regionCode);
    return node == null ? regionCode : node.name();
  }
}
