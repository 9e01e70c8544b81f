package cn.minzheng.region;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.testing.MigratedModules;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The region module starts with the platform alone and seeds its tree into its own schema. It
 * publishes and listens to no event, so this test has no event interaction to check.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class RegionModuleTest {

  @Autowired JdbcClient jdbc;
  @Autowired RegionQuery regions;

  @Test
  void startsWithThePlatformAndAnswersFromItsSeededTree() {
    assertThat(MigratedModules.of(jdbc)).isEqualTo(Set.of("platform", "region"));
    assertThat(regions.path("510104001001"))
        .extracting(RegionNode::code)
        .containsExactly("510100000000", "510104000000", "510104001000", "510104001001");
  }
}
