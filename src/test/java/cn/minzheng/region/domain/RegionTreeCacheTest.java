package cn.minzheng.region.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.region.RegionKind;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory tree is reloaded after a change, and after a while for other nodes' changes. */
class RegionTreeCacheTest {

  private final List<RegionNode> rows = new ArrayList<>(List.of(node("510100000000", null)));
  private int loads;
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");

  private final RegionRepository repository =
      new RegionRepository(null) {
        @Override
        List<RegionNode> findAll() {
          loads++;
          return List.copyOf(rows);
        }
      };

  private final RegionTree tree =
      new RegionTree(
          repository,
          new Clock() {
            @Override
            public ZoneId getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
              return this;
            }

            @Override
            public Instant instant() {
              return now;
            }
          });

  @Test
  void servesRepeatedReadsFromMemory() {
    tree.subtreeOf("510100000000");
    tree.subtreeOf("510100000000");
    tree.nameOf("510100000000");
    assertThat(loads).isEqualTo(1);
  }

  @Test
  void showsAChangeRightAfterInvalidation() {
    assertThat(tree.subtreeOf("510100000000")).containsExactly("510100000000");
    rows.add(node("510104000000", "510100000000"));
    tree.invalidate();
    assertThat(tree.subtreeOf("510100000000")).contains("510104000000");
  }

  @Test
  void reloadsAfterTheMaximumAgeForChangesMadeElsewhere() {
    tree.subtreeOf("510100000000");
    rows.add(node("510104000000", "510100000000"));
    now = now.plus(RegionTree.MAX_AGE).plusSeconds(1);
    assertThat(tree.subtreeOf("510100000000")).contains("510104000000");
    assertThat(loads).isEqualTo(2);
  }

  private static RegionNode node(String code, String parent) {
    RegionKind kind = parent == null ? RegionKind.CITY_PREFECTURE : RegionKind.DISTRICT;
    RegionLevel level = kind.level();
    return new RegionNode(
        code, "名称", level, kind, parent, null, LocalDate.of(2000, 1, 1), null, null, null, null);
  }
}
