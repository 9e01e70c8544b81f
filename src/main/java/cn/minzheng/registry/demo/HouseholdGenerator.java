package cn.minzheng.registry.demo;

import cn.minzheng.registry.MaritalStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Turns a composed household into persons: birth dates, ID numbers, names and life events. */
final class HouseholdGenerator {

  private static final Weighted<Ethnicity> ETHNICITIES =
      Weighted.pairs(
          Ethnicity.HAN,
          975.0,
          Ethnicity.TIBETAN,
          7.0,
          Ethnicity.YI,
          6.0,
          Ethnicity.HUI,
          4.0,
          Ethnicity.QIANG,
          3.0,
          Ethnicity.TUJIA,
          1.5,
          Ethnicity.MIAO,
          1.0,
          Ethnicity.MANCHU,
          1.0,
          Ethnicity.MONGOL,
          0.5,
          Ethnicity.UYGHUR,
          0.5,
          Ethnicity.ZHUANG,
          0.5);

  private final DemoSettings settings;
  private final CommunityPicker communities;
  private final HouseholdComposer composer = new HouseholdComposer();
  private final NameGenerator names = new NameGenerator();
  private final IdNumberAllocator idNumbers;

  HouseholdGenerator(DemoSettings settings, CommunityPicker communities) {
    this.settings = settings;
    this.communities = communities;
    this.idNumbers = new IdNumberAllocator(settings.referenceDate());
  }

  /**
   * @param generatedNo 1-based among generated households (chooses the community)
   * @param maxMembers the persons still missing to reach the population
   */
  DemoHousehold generate(long generatedNo, long householdNo, long firstPersonNo, int maxMembers) {
    SplittableRandom random = new SplittableRandom(mix(settings.seed(), generatedNo));
    DemoCommunity community = communities.pick(generatedNo, random);
    Ethnicity ethnicity = ETHNICITIES.pick(random);
    boolean migrant = random.nextInt(100) < (ethnicity == Ethnicity.HAN ? 9 : 45);
    String origin = migrant ? MigrantOrigins.origin(random, ethnicity) : null;
    List<HouseholdComposer.Sketch> sketches = new ArrayList<>(composer.compose(random));
    if (sketches.size() > maxMembers) {
      sketches = new ArrayList<>(sketches.subList(0, maxMembers));
    }
    boolean[] dead = deaths(random, sketches);
    Surnames surnames = new Surnames(random, sketches, ethnicity, names);
    List<DemoPerson> members = new ArrayList<>(sketches.size());
    LocalDate reference = settings.referenceDate();
    for (int i = 0; i < sketches.size(); i++) {
      HouseholdComposer.Sketch sketch = sketches.get(i);
      LocalDate birth = reference.minusYears(sketch.age()).minusDays(random.nextInt(0, 365));
      String addressCode =
          origin != null && sketch.age() >= 18
              ? origin
              : ChengduCounties.addressCodeAtBirth(community.countyCode(), birth);
      IdNumberAllocator.Allocation id = idNumbers.allocate(addressCode, birth, sketch.sex());
      birth = id.birthDate();
      LocalDate death = dead[i] ? PersonDetails.dateOfDeath(random, birth, reference) : null;
      members.add(
          new DemoPerson(
              firstPersonNo + i,
              householdNo,
              id.idNumber(),
              names.name(random, surnames.of(i, sketch), sketch.sex(), birth.getYear(), ethnicity),
              sketch.sex(),
              birth,
              ethnicity,
              death == null ? PersonDetails.phone(random, sketch.age()) : null,
              community.code(),
              sketch.relationship(),
              sketch.status(),
              PersonDetails.disability(random, sketch.age(), birth, reference),
              death));
    }
    return new DemoHousehold(householdNo, community.code(), Addresses.of(random), members);
  }

  /**
   * Who of the household died in the last three years (never the head: a household whose head died
   * gets a new head in reality). A surviving spouse becomes widowed.
   */
  private static boolean[] deaths(
      SplittableRandom random, List<HouseholdComposer.Sketch> sketches) {
    boolean[] dead = new boolean[sketches.size()];
    for (int i = 1; i < sketches.size(); i++) {
      HouseholdComposer.Sketch sketch = sketches.get(i);
      if (PersonDetails.dies(random, sketch.age())) {
        dead[i] = true;
        int partner = sketch.partner();
        if (partner >= 0 && partner < sketches.size() && !dead[partner]) {
          sketches.set(partner, sketches.get(partner).withStatus(MaritalStatus.WIDOWED));
        }
      }
    }
    return dead;
  }

  /** SplitMix64 finaliser of seed and household number: independent streams per household. */
  static long mix(long seed, long value) {
    long z = seed + value * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
