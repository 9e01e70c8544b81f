package cn.minzheng.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.region.RegionQuery;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.IdCardNo;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The COPY loader on the real database. Runs in a transaction that is rolled back, so the shared
 * test database keeps no demo persons.
 */
@SpringBootTest
@Transactional
class DemoPopulationLoaderTest {

  private static final long SMALL = 2_000;

  @Autowired DemoPopulationLoader loader;
  @Autowired RegionQuery regions;
  @Autowired PersonDirectory directory;
  @Autowired JdbcClient jdbc;

  @Test
  void readsEveryCommunityAndVillageOfTheRegionTree() {
    List<DemoCommunity> communities = DemoCommunities.current(regions, ChinaTime.today());
    assertThat(communities).hasSize(3045);
    assertThat(communities)
        .extracting(DemoCommunity::code)
        .contains("510104001001", "510105001001");
  }

  @Test
  void loadsASmallPopulationWithCopyAndEncryptsEveryIdNumber() {
    DemoPopulation population =
        new DemoPopulation(
            new DemoSettings(7, SMALL, DemoSettings.DEFAULT_REFERENCE_DATE),
            DemoCommunities.current(regions, ChinaTime.today()));
    long before = count("registry.person");
    long householdsBefore = count("registry.household");

    DemoPopulationLoader.LoadResult result = loader.load(population);

    long households = population.households().count();
    assertThat(count("registry.person") - before).isEqualTo(SMALL);
    assertThat(count("registry.household") - householdsBefore).isEqualTo(households);
    assertThat(result.households()).isEqualTo(households);
    assertThat(countWhere("registry.household_member", "created_by = 'demo-generator'"))
        .isEqualTo(SMALL);
    long deceased = population.persons().filter(DemoPerson::deceased).count();
    assertThat(countWhere("registry.death_record", "recorded_by = 'demo-generator'"))
        .isEqualTo(deceased);

    String[] idNumbers = population.persons().map(DemoPerson::idNumber).toArray(String[]::new);
    long plaintextHits =
        jdbc.sql(
                """
                select count(*) from registry.person p, unnest(?::text[]) as id(v)
                where p.created_by = 'demo-generator'
                  and (position(convert_to(id.v, 'UTF8') in p.id_number_enc) > 0
                    or position(convert_to(id.v, 'UTF8') in coalesce(p.phone_enc, ''::bytea)) > 0
                    or p.name || coalesce(p.address, '') like '%' || id.v || '%')""")
            .param(idNumbers)
            .query(Long.class)
            .single();
    assertThat(plaintextHits).isZero();
  }

  @Test
  void loadedAnchorPersonsAreFoundByIdNumberThroughTheBlindIndex() {
    DemoPopulation population =
        new DemoPopulation(
            new DemoSettings(11, 50, DemoSettings.DEFAULT_REFERENCE_DATE),
            DemoCommunities.current(regions, ChinaTime.today()));
    loader.load(population);

    PersonSummary citizen =
        directory.findByIdNumber(IdCardNo.parse(DemoAnchors.CITIZEN_ID)).orElseThrow();
    assertThat(citizen.name()).isEqualTo("张伟明");
    assertThat(citizen.residenceRegionCode()).isEqualTo("510104001001");
    assertThat(directory.householdOf(citizen.id()).orElseThrow().members()).hasSize(2);
    PersonSummary rare =
        directory.findByIdNumber(IdCardNo.parse(DemoAnchors.RARE_NAME_ID)).orElseThrow();
    assertThat(rare.name()).isEqualTo("𠮷星辰");
    PersonSummary deceased =
        directory.findByIdNumber(IdCardNo.parse(DemoAnchors.DECEASED_ID)).orElseThrow();
    assertThat(deceased.alive()).isFalse();
    assertThat(deceased.dateOfDeath()).isEqualTo(LocalDate.of(2025, 11, 3));
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }

  private long countWhere(String table, String condition) {
    return jdbc.sql("select count(*) from " + table + " where " + condition)
        .query(Long.class)
        .single();
  }
}
