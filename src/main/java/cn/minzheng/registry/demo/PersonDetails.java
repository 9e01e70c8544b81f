package cn.minzheng.registry.demo;

import cn.minzheng.registry.DisabilityCategory;
import java.time.LocalDate;
import java.util.SplittableRandom;

/** Phone, disability and death of a generated person: the age-dependent rates. */
final class PersonDetails {

  private static final Weighted<DisabilityCategory> CATEGORIES =
      Weighted.pairs(
          DisabilityCategory.PHYSICAL,
          45,
          DisabilityCategory.VISUAL,
          12,
          DisabilityCategory.HEARING,
          14,
          DisabilityCategory.SPEECH,
          2,
          DisabilityCategory.INTELLECTUAL,
          9,
          DisabilityCategory.MENTAL,
          10,
          DisabilityCategory.MULTIPLE,
          8);
  private static final Weighted<Integer> GRADES = Weighted.pairs(1, 10, 2, 20, 3, 30, 4, 40);
  private static final String[] MOBILE_PREFIXES = {
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
    "157", "158", "159", "166", "173", "177", "180", "181", "182", "183", "186", "187", "188",
    "189", "191", "199"
  };

  private PersonDetails() {}

  /** Per mille disabled by age: about 6% overall with Chengdu's age structure. */
  static DemoPerson.Disability disability(
      SplittableRandom random, int age, LocalDate birthDate, LocalDate referenceDate) {
    int perMille = age < 15 ? 13 : age < 45 ? 33 : age < 60 ? 66 : age < 80 ? 120 : 230;
    if (random.nextInt(1000) >= perMille) {
      return null;
    }
    long earliest =
        Math.max(birthDate.plusMonths(6).toEpochDay(), referenceDate.minusYears(15).toEpochDay());
    long latest = referenceDate.minusDays(1).toEpochDay();
    LocalDate certificate =
        LocalDate.ofEpochDay(earliest >= latest ? latest : random.nextLong(earliest, latest));
    return new DemoPerson.Disability(CATEGORIES.pick(random), GRADES.pick(random), certificate);
  }

  /** Per ten thousand deceased within the last three years, by age. */
  static boolean dies(SplittableRandom random, int age) {
    int perTenThousand = age < 40 ? 5 : age < 60 ? 30 : age < 80 ? 180 : 700;
    return random.nextInt(10_000) < perTenThousand;
  }

  static LocalDate dateOfDeath(
      SplittableRandom random, LocalDate birthDate, LocalDate referenceDate) {
    long earliest =
        Math.max(birthDate.plusDays(1).toEpochDay(), referenceDate.minusYears(3).toEpochDay());
    long latest = referenceDate.minusDays(1).toEpochDay();
    return LocalDate.ofEpochDay(earliest >= latest ? latest : random.nextLong(earliest, latest));
  }

  /** Most adults and teenagers have a mobile phone; fewer of the very old. */
  static String phone(SplittableRandom random, int age) {
    int perCent = age < 14 ? 0 : age < 18 ? 60 : age < 75 ? 94 : 55;
    if (random.nextInt(100) >= perCent) {
      return null;
    }
    String prefix = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)];
    StringBuilder phone = new StringBuilder(11).append(prefix);
    IdNumberAllocator.appendPadded(phone, random.nextInt(100_000_000), 8);
    return phone.toString();
  }
}
