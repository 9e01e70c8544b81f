package cn.minzheng.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.Relationship;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.Sex;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo population's rules, checked on generated rows without a database. */
class DemoPopulationTest {

  private static final List<DemoCommunity> COMMUNITIES = TestCommunities.chengdu();
  private static final LocalDate REFERENCE = DemoSettings.DEFAULT_REFERENCE_DATE;

  private static List<DemoPerson> persons(long seed, long population, int limit) {
    return new DemoPopulation(new DemoSettings(seed, population, REFERENCE), COMMUNITIES)
        .persons()
        .limit(limit)
        .toList();
  }

  private static String sha256(List<DemoPerson> persons) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (DemoPerson person : persons) {
      digest.update((person + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  @Test
  void sameSeedGivesTheSameRowsByteForByte() throws Exception {
    String first = sha256(persons(42, 210_000, 20_000));
    String second = sha256(persons(42, 210_000, 20_000));
    String otherSeed = sha256(persons(43, 210_000, 20_000));
    assertThat(second).isEqualTo(first);
    assertThat(otherSeed).isNotEqualTo(first);
  }

  @Test
  void producesExactlyThePopulationInHouseholdsOfOneToSixWithOneHead() {
    DemoPopulation population = new DemoPopulation(DemoSettings.of(50_000), COMMUNITIES);
    List<DemoHousehold> households = population.households().toList();
    assertThat(households.stream().mapToInt(h -> h.members().size()).sum()).isEqualTo(50_000);
    assertThat(households)
        .allSatisfy(
            h -> {
              assertThat(h.members()).hasSizeBetween(1, 6);
              assertThat(h.head().relationship()).isEqualTo(Relationship.HEAD);
              assertThat(h.members().stream().filter(p -> p.relationship() == Relationship.HEAD))
                  .hasSize(1);
              assertThat(h.members()).allMatch(p -> p.regionCode().equals(h.regionCode()));
            });
    // 210,000 persons in about 80,000 households: mean size 2.5-2.8
    double mean = 50_000.0 / households.size();
    assertThat(mean).isBetween(2.5, 2.8);
  }

  @Test
  void everyIdNumberIsValidUniqueAndCarriesTheBirthDateAndSex() {
    assertThat(GbIdNumberRule.valid("11010519491231002X")).isTrue(); // docs/domain-rules.md vectors
    assertThat(GbIdNumberRule.valid("440524188001010014")).isTrue();
    assertThat(GbIdNumberRule.valid("110105194912310021")).isFalse();
    List<DemoPerson> persons = persons(DemoSettings.DEFAULT_SEED, 100_000, 100_000);
    Set<String> seen = new HashSet<>();
    for (DemoPerson person : persons) {
      String id = person.idNumber();
      assertThat(GbIdNumberRule.valid(id)).as(id).isTrue();
      IdCardNo parsed = IdCardNo.parse(id, REFERENCE);
      assertThat(parsed.birthDate()).isEqualTo(person.birthDate());
      assertThat(parsed.sex().name()).isEqualTo(person.sex().name());
      assertThat(GbIdNumberRule.birthDate(id)).isEqualTo(person.birthDate());
      assertThat(GbIdNumberRule.male(id)).isEqualTo(person.sex() == Sex.MALE);
      assertThat(person.birthDate()).isBeforeOrEqualTo(REFERENCE);
      assertThat(seen.add(id)).as("unique " + id).isTrue();
    }
  }

  @Test
  void olderPeopleOfRenamedCountiesCarryTheRetiredCode() {
    List<DemoPerson> shuangliu =
        persons(DemoSettings.DEFAULT_SEED, 100_000, 100_000).stream()
            .filter(p -> p.regionCode().startsWith("510116"))
            .toList();
    assertThat(shuangliu)
        .filteredOn(p -> p.birthDate().getYear() >= 2017)
        .allMatch(p -> p.idNumber().startsWith("510116"));
    assertThat(shuangliu)
        .filteredOn(p -> p.birthDate().getYear() < 2015 && p.idNumber().startsWith("510122"))
        .isNotEmpty();
  }

  @Test
  void nobodyBelowTheLegalMarriageAgeIsMarried() {
    List<DemoPerson> persons = persons(DemoSettings.DEFAULT_SEED, 210_000, 210_000);
    assertThat(persons)
        .filteredOn(p -> p.maritalStatus() != MaritalStatus.UNMARRIED)
        .allSatisfy(
            p -> {
              int legalAge = p.sex() == Sex.MALE ? 22 : 20;
              assertThat(p.ageOn(REFERENCE)).as(p.name()).isGreaterThanOrEqualTo(legalAge);
            });
    assertThat(persons).anyMatch(p -> p.maritalStatus() == MaritalStatus.MARRIED);
  }

  @Test
  void aboutSixPercentAreDisabledWithCategoryAndGrade() {
    List<DemoPerson> persons = persons(DemoSettings.DEFAULT_SEED, 210_000, 10_000);
    List<DemoPerson> disabled = persons.stream().filter(p -> p.disability() != null).toList();
    assertThat(disabled.size() / 10_000.0).isBetween(0.05, 0.07);
    assertThat(disabled)
        .allSatisfy(
            p -> {
              assertThat(p.disability().grade()).isBetween(1, 4);
              assertThat(p.disability().category()).isNotNull();
              assertThat(p.disability().certificateDate()).isAfter(p.birthDate());
            });
  }

  @Test
  void theAgeStructureIsThatOfAnAgeingCity() {
    List<DemoPerson> persons = persons(DemoSettings.DEFAULT_SEED, 210_000, 10_000);
    long elderly = persons.stream().filter(p -> p.ageOn(REFERENCE) >= 60).count();
    long children = persons.stream().filter(p -> p.ageOn(REFERENCE) < 15).count();
    assertThat(elderly / 10_000.0).isBetween(0.18, 0.25);
    assertThat(children / 10_000.0).isBetween(0.10, 0.18);
  }

  @Test
  void aSmallShareDiedRecentlyAndTheirSpousesAreWidowed() {
    List<DemoPerson> persons = persons(DemoSettings.DEFAULT_SEED, 210_000, 210_000);
    List<DemoPerson> dead = persons.stream().filter(DemoPerson::deceased).toList();
    assertThat(dead.size() / 210_000.0).isBetween(0.001, 0.02);
    assertThat(dead)
        .allSatisfy(
            p -> {
              assertThat(p.dateOfDeath()).isAfter(p.birthDate()).isBefore(REFERENCE);
              assertThat(p.phone()).isNull();
            });
  }

  @Test
  void everyCommunityAndVillageGetsResidentsAndUrbanDistrictsMost() {
    List<DemoHousehold> households =
        new DemoPopulation(DemoSettings.of(210_000), COMMUNITIES).households().toList();
    Set<String> used =
        households.stream().map(DemoHousehold::regionCode).collect(Collectors.toSet());
    assertThat(used).containsAll(COMMUNITIES.stream().map(DemoCommunity::code).toList());
    long jinniu = households.stream().filter(h -> h.regionCode().startsWith("510106")).count();
    long pujiang = households.stream().filter(h -> h.regionCode().startsWith("510131")).count();
    assertThat(jinniu).isGreaterThan(3 * pujiang);
  }

  @Test
  void namesIncludeMiddleDotsRareCharactersAndCommonSurnames() {
    List<DemoPerson> persons = persons(DemoSettings.DEFAULT_SEED, 210_000, 210_000);
    assertThat(persons).anyMatch(p -> p.name().contains("·") && p.ethnicity() != Ethnicity.HAN);
    assertThat(persons)
        .filteredOn(p -> p.name().codePoints().anyMatch(cp -> cp > 0xFFFF))
        .hasSizeGreaterThan(5);
    long wang = persons.stream().filter(p -> p.name().startsWith("王")).count();
    long han = persons.stream().filter(p -> p.ethnicity() == Ethnicity.HAN).count();
    assertThat(han / 210_000.0).isGreaterThan(0.95);
    assertThat(wang / 210_000.0).isBetween(0.04, 0.10);
  }

  @Test
  void anchorPersonsComeFirstWithTheirDocumentedNumbers() {
    List<DemoPerson> persons = persons(DemoSettings.DEFAULT_SEED, 1_000, 8);
    assertThat(persons)
        .extracting(DemoPerson::idNumber)
        .containsExactly(
            DemoAnchors.CITIZEN_ID,
            DemoAnchors.SPOUSE_ID,
            DemoAnchors.RETIRED_CODE_ID,
            DemoAnchors.DECEASED_ID,
            DemoAnchors.QINGYANG_ID,
            DemoAnchors.RARE_NAME_ID,
            DemoAnchors.UYGHUR_ID,
            DemoAnchors.TIBETAN_ID);
    assertThat(persons).allSatisfy(p -> assertThat(GbIdNumberRule.valid(p.idNumber())).isTrue());
    assertThat(persons.get(0).regionCode()).isEqualTo("510104001001");
    assertThat(persons.get(3).deceased()).isTrue();
    assertThat(persons.get(5).name()).isEqualTo("𠮷星辰");
    assertThat(persons.get(6).name()).isEqualTo("阿依古丽·买买提");
  }
}
