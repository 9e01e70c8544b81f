package cn.minzheng.region.domain;

import cn.minzheng.region.RegionNode;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the generated streets and communities into the table at start-up. Idempotent: only missing
 * codes are inserted, so nodes renamed or retired by an administrator keep their state. The county
 * level and above is reference data and comes with the Flyway migration.
 */
@Component
class RegionSeeder {

  private static final Logger log = LoggerFactory.getLogger(RegionSeeder.class);

  RegionSeeder(RegionRepository repository, TransactionTemplate transactions) {
    List<RegionNode> generated = RegionTreeGenerator.generate();
    Integer inserted = transactions.execute(status -> repository.insertMissing(generated, true));
    log.info(
        "Region tree: {} generated streets and communities, {} newly inserted",
        generated.size(),
        inserted);
  }
}
