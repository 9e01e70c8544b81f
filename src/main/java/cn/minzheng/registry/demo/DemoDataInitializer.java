package cn.minzheng.registry.demo;

import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start with {@code minzheng.demo.enabled=true}, fills the empty registry with the
 * demo population spread over every current community and village of the region tree. Runs before
 * other modules' demo set-up (which may rely on the anchor persons).
 */
@Component
@Order(DemoDataInitializer.ORDER)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
@EnableConfigurationProperties(DemoProperties.class)
class DemoDataInitializer implements ApplicationRunner {

  /** Other modules' demo runners that need the persons use a higher order. */
  static final int ORDER = 100;

  private static final Logger log = LoggerFactory.getLogger(DemoDataInitializer.class);

  private final DemoProperties properties;
  private final RegionQuery regions;
  private final DemoPopulationLoader loader;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  DemoDataInitializer(
      DemoProperties properties,
      RegionQuery regions,
      DemoPopulationLoader loader,
      JdbcClient jdbc,
      TransactionTemplate transactions) {
    this.properties = properties;
    this.regions = regions;
    this.loader = loader;
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean loaded =
        jdbc.sql("select exists (select 1 from registry.person)").query(Boolean.class).single();
    if (loaded) {
      log.info("Demo population: persons already present, nothing loaded");
      return;
    }
    List<DemoCommunity> communities = DemoCommunities.current(regions, ChinaTime.today());
    log.info(
        "Demo population: loading {} persons over {} communities and villages",
        properties.population(),
        communities.size());
    DemoPopulation population = new DemoPopulation(properties.settings(), communities);
    transactions.executeWithoutResult(status -> loader.load(population));
  }
}
