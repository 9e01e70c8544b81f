package cn.minzheng.registry.demo;

import cn.minzheng.registry.Relationship;
import cn.minzheng.shared.Sex;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Surnames inside a household: wives keep their own, children (and the married son's children) take
 * the father's, the head's father shares the head's.
 */
final class Surnames {

  private final String head;
  private final String spouse;
  private final String family;
  private final SplittableRandom random;
  private final Ethnicity ethnicity;
  private final NameGenerator names;

  Surnames(
      SplittableRandom random,
      List<HouseholdComposer.Sketch> sketches,
      Ethnicity ethnicity,
      NameGenerator names) {
    this.random = random;
    this.ethnicity = ethnicity;
    this.names = names;
    this.head = names.surname(random, ethnicity);
    this.spouse = names.surname(random, ethnicity);
    boolean headIsMale = sketches.get(0).sex() == Sex.MALE;
    boolean hasSpouse = sketches.stream().anyMatch(s -> s.relationship() == Relationship.SPOUSE);
    this.family = headIsMale || !hasSpouse ? head : spouse;
  }

  String of(int index, HouseholdComposer.Sketch sketch) {
    return switch (sketch.relationship()) {
      case HEAD -> head;
      case PARENT -> sketch.sex() == Sex.MALE ? head : names.surname(random, ethnicity);
      case SPOUSE -> spouse;
      case SON, DAUGHTER, GRANDCHILD -> family;
      default -> names.surname(random, ethnicity);
    };
  }
}
