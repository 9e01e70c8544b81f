package cn.minzheng.placenames;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.placenames.boundary.BoundaryService;
import cn.minzheng.placenames.demo.VoronoiBoundaries;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.testing.MigratedModules;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.transaction.annotation.Transactional;

/**
 * Place names start with the platform and the region tree only. The demo boundaries of the whole
 * synthetic tree (about 3,300 nodes) pass every check and resolve a point to its community.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class PlacenamesModuleTest {

  @Autowired JdbcClient jdbc;
  @Autowired RegionQuery regions;
  @Autowired BoundaryService boundaries;
  @Autowired Boundaries published;

  @Test
  void startsWithThePlatformAndTheRegionTreeOnly() {
    assertThat(MigratedModules.of(jdbc))
        .isEqualTo(Set.of("platform", "region", "calendar", "placenames"));
  }

  /** Rolled back, so that other tests of this context see no boundary. */
  @Test
  @Transactional
  void theDemoPartitionOfTheWholeTreePassesTheChecksAndLocatesACommunity() {
    LocalDate today = ChinaTime.today();
    List<RegionNode> inForce = regions.all().stream().filter(n -> n.activeOn(today)).toList();
    Map<String, Geometry> generated = VoronoiBoundaries.forChengdu(inForce);

    boundaries.recordGenerated(generated, today);

    assertThat(generated).hasSize(inForce.size());
    assertThat(boundaries.check(today)).isEmpty();
    RegionNode community =
        inForce.stream()
            .filter(n -> n.level() == RegionLevel.COMMUNITY)
            .filter(n -> n.code().startsWith("510104001"))
            .findFirst()
            .orElseThrow();
    Point inside = generated.get(community.code()).getInteriorPoint();
    assertThat(published.communityAt(inside.getY(), inside.getX())).contains(community.code());
    assertThat(published.regionAt(RegionLevel.STREET, inside.getY(), inside.getX()))
        .contains("510104001000");
    // far east of the city, outside every boundary
    assertThat(published.communityAt(30.6, 106.0)).isEmpty();
  }
}
