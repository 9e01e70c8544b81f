package cn.minzheng.region.domain;

import cn.minzheng.platform.RegionChoice;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.region.AddressCodeCheck;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The division tree for readers: a snapshot of all nodes (a few thousand) held in memory, dropped
 * on every change made through this application and rebuilt on the next read. Data scope asks for
 * subtrees on every request, so this must not cost a query each time.
 */
@Service
public class RegionTree implements RegionQuery, RegionHierarchy {

  static final ZoneId CHINA = ChinaTime.ZONE;

  /** How long a snapshot may serve before it is reloaded (changes made on other nodes). */
  static final Duration MAX_AGE = Duration.ofSeconds(60);

  private final RegionRepository repository;
  private final AtomicLong generation = new AtomicLong();
  private final Clock clock;
  private volatile Cached cached;

  /** The seeder is a dependency so that the tree is complete before anyone reads it. */
  @Autowired
  RegionTree(RegionRepository repository, RegionSeeder seeder) {
    this(repository, Clock.systemUTC());
  }

  RegionTree(RegionRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** Forgets the snapshot; called after every change, once it is committed. */
  public void invalidate() {
    generation.incrementAndGet();
  }

  /**
   * The current snapshot. A snapshot loaded while a change committed carries the older generation
   * and is replaced on the next read; one older than {@link #MAX_AGE} too, so that changes made by
   * another application node show up without a message between the nodes.
   */
  RegionSnapshot snapshot() {
    Cached current = cached;
    if (isFresh(current)) {
      return current.snapshot();
    }
    synchronized (this) {
      current = cached;
      if (isFresh(current)) {
        return current.snapshot();
      }
      long loading = generation.get();
      long loadedAt = clock.millis();
      RegionSnapshot fresh = RegionSnapshot.of(repository.findAll());
      cached = new Cached(loading, loadedAt, fresh);
      return fresh;
    }
  }

  private boolean isFresh(Cached current) {
    return current != null
        && current.generation() == generation.get()
        && clock.millis() - current.loadedAt() < MAX_AGE.toMillis();
  }

  private record Cached(long generation, long loadedAt, RegionSnapshot snapshot) {}

  @Override
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
  public List<RegionChoice> choicesBelow(String regionCode) {
    RegionSnapshot tree = snapshot();
    RegionNode root = regionCode == null ? null : tree.node(regionCode);
    if (root == null) {
      return List.of();
    }
    LocalDate today = LocalDate.now(CHINA);
    List<RegionChoice> choices = new ArrayList<>();
    Deque<RegionNode> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      RegionNode node = pending.pop();
      choices.add(
          new RegionChoice(
              node.code(),
              node.name(),
              node.parentCode(),
              node.level().ordinal(),
              node.activeOn(today)));
      List<RegionNode> children = tree.childrenOf(node.code());
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.push(children.get(i));
      }
    }
    return List.copyOf(choices);
  }

  @Override
  public String nameOf(String regionCode) {
    RegionNode node = regionCode == null ? null : snapshot().node(regionCode);
    return node == null ? regionCode : node.name();
  }
}
