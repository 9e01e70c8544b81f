package cn.minzheng.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A load into the empty registry sets indexes and keys aside and builds them afterwards from their
 * own definitions. The registry is emptied inside the test's transaction, which is rolled back.
 */
@SpringBootTest
@Transactional
class BulkLoadIntoEmptyRegistryTest {

  private static final String DEFINITIONS =
      """
      select string_agg(def, E'\\n' order by def) from (
        select pg_get_indexdef(indexrelid) as def from pg_index
         where indrelid in ('registry.person'::regclass, 'registry.household'::regclass,
                            'registry.household_member'::regclass)
        union all
        select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
          from pg_constraint
         where conrelid in ('registry.person'::regclass, 'registry.household'::regclass,
                            'registry.household_member'::regclass)) d""";

  @Autowired DemoPopulationLoader loader;
  @Autowired RegionQuery regions;
  @Autowired JdbcClient jdbc;

  @Test
  void loadIntoTheEmptyRegistryEndsWithEveryIndexAndKeyAsDefined() {
    String before = definitions();
    assertThat(before).contains("gin_trgm_ops", "person_id_number_idx_unique", "FOREIGN KEY");
    emptyTheRegistry();

    loader.load(population(300));

    assertThat(count("select count(*) from registry.person")).isEqualTo(300);
    assertThat(definitions()).isEqualTo(before);
    assertThat(count("select count(*) from registry.bulk_load_deferred")).isZero();
  }

  @Test
  void setsAsideOnlyWhileTheRegistryIsEmpty() {
    loader.load(population(20)); // whatever other tests left: now the registry holds persons
    int indexesInUse = indexCount();
    assertThat(count("select registry.bulk_load_prepare()")).isZero();
    assertThat(indexCount()).isEqualTo(indexesInUse);

    emptyTheRegistry();
    assertThat(count("select registry.bulk_load_prepare()")).isPositive();
    assertThat(indexCount()).isEqualTo(3); // the primary keys only
    assertThat(count("select registry.bulk_load_finish()")).isPositive();
    assertThat(indexCount()).isEqualTo(indexesInUse);
  }

  private DemoPopulation population(long size) {
    return new DemoPopulation(
        new DemoSettings(5, size, DemoSettings.DEFAULT_REFERENCE_DATE),
        DemoCommunities.current(regions, ChinaTime.today()));
  }

  private void emptyTheRegistry() {
    for (String table :
        List.of(
            "household_member",
            "person_history",
            "household_history",
            "death_confirmation",
            "death_withdrawal",
            "death_record",
            "household",
            "person")) {
      jdbc.sql("delete from registry." + table).update();
    }
  }

  private int indexCount() {
    return (int)
        count(
            """
            select count(*) from pg_index
             where indrelid in ('registry.person'::regclass, 'registry.household'::regclass,
                                'registry.household_member'::regclass)""");
  }

  private String definitions() {
    return jdbc.sql(DEFINITIONS).query(String.class).single();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
