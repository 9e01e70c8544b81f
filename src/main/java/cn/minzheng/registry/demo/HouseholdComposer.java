package cn.minzheng.registry.demo;

import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.Relationship;
import cn.minzheng.shared.Sex;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The make-up of a household: sizes 1-6 (mean about 2.6), typical Chengdu shapes (solitary elderly,
 * empty-nest couples, nuclear families, three generations), ages consistent with the relationships
 * and nobody married below the legal age.
 */
final class HouseholdComposer {

  /** A member before names and numbers: {@code partner} is the index of a spouse, or -1. */
  record Sketch(Relationship relationship, Sex sex, int age, MaritalStatus status, int partner) {

    Sketch withStatus(MaritalStatus newStatus) {
      return new Sketch(relationship, sex, age, newStatus, partner);
    }
  }

  private static final Weighted<Integer> SIZES =
      Weighted.pairs(1, 22.0, 2, 30.0, 3, 24.0, 4, 13.0, 5, 7.0, 6, 4.0);

  private static final int[][] SINGLE_AGES = {
    {18, 29, 16}, {30, 44, 16}, {45, 59, 20}, {60, 74, 27}, {75, 96, 18}
  };
  private static final int[][] COUPLE_AGES = {
    {23, 34, 22}, {35, 54, 18}, {55, 69, 32}, {70, 92, 24}
  };
  private static final int[][] PARENT_AGES = {
    {25, 34, 25}, {35, 44, 35}, {45, 54, 28}, {55, 68, 12}
  };

  List<Sketch> compose(SplittableRandom random) {
    int size = SIZES.pick(random);
    List<Sketch> members = new ArrayList<>(size);
    int roll = random.nextInt(100);
    switch (size) {
      case 1 -> single(random, members);
      case 2 -> {
        if (roll < 62) couple(random, members, band(random, COUPLE_AGES));
        else if (roll < 87) singleParent(random, members, 1);
        else headWithParent(random, members);
      }
      case 3 -> {
        if (roll < 78) children(random, couple(random, members, band(random, PARENT_AGES)), 1);
        else if (roll < 90) coupleWithParents(random, members, 0, 1);
        else singleParent(random, members, 2);
      }
      case 4 -> {
        if (roll < 55) children(random, couple(random, members, band(random, PARENT_AGES)), 2);
        else coupleWithParents(random, members, 1, 1);
      }
      case 5 -> {
        if (roll < 50) coupleWithParents(random, members, 1, 2);
        else if (roll < 80) coupleWithParents(random, members, 2, 1);
        else threeGenerations(random, members, 1);
      }
      default -> {
        if (roll < 60) coupleWithParents(random, members, 2, 2);
        else threeGenerations(random, members, 2);
      }
    }
    return members;
  }

  private void single(SplittableRandom random, List<Sketch> members) {
    int age = band(random, SINGLE_AGES);
    Sex sex = age >= 70 && random.nextInt(100) < 65 ? Sex.FEMALE : randomSex(random);
    members.add(new Sketch(Relationship.HEAD, sex, age, unpartnered(random, sex, age), -1));
  }

  /** Head and spouse; returns the members for chaining. */
  private List<Sketch> couple(SplittableRandom random, List<Sketch> members, int headAge) {
    Sex headSex = random.nextInt(100) < 68 ? Sex.MALE : Sex.FEMALE;
    int husbandOlderBy = random.nextInt(-2, 6);
    int spouseAge = headSex == Sex.MALE ? headAge - husbandOlderBy : headAge + husbandOlderBy;
    Sex spouseSex = Marriage.partnerOf(headSex);
    headAge = Math.max(headAge, Marriage.legalAge(headSex) + 1);
    spouseAge = Math.max(spouseAge, Marriage.legalAge(spouseSex) + 1);
    members.add(new Sketch(Relationship.HEAD, headSex, headAge, MaritalStatus.MARRIED, 1));
    members.add(new Sketch(Relationship.SPOUSE, spouseSex, spouseAge, MaritalStatus.MARRIED, 0));
    return members;
  }

  private void children(SplittableRandom random, List<Sketch> members, int count) {
    int youngerParent = Math.min(members.get(0).age(), members.get(members.size() - 1).age());
    for (int i = 0; i < count; i++) {
      int age = childAge(random, youngerParent);
      Sex sex = randomSex(random);
      members.add(new Sketch(child(sex), sex, age, unpartnered(random, sex, age), -1));
    }
  }

  private void singleParent(SplittableRandom random, List<Sketch> members, int children) {
    int age = band(random, PARENT_AGES) + random.nextInt(0, 15);
    Sex sex = random.nextInt(100) < 70 ? Sex.FEMALE : Sex.MALE;
    MaritalStatus status =
        age >= 55 || random.nextInt(100) < 30 ? MaritalStatus.WIDOWED : MaritalStatus.DIVORCED;
    members.add(new Sketch(Relationship.HEAD, sex, age, status, -1));
    children(random, members, children);
  }

  /** An unmarried or divorced adult living with a widowed parent. */
  private void headWithParent(SplittableRandom random, List<Sketch> members) {
    int headAge = random.nextInt(24, 60);
    Sex headSex = randomSex(random);
    members.add(
        new Sketch(Relationship.HEAD, headSex, headAge, unpartnered(random, headSex, headAge), -1));
    Sex sex = random.nextInt(100) < 70 ? Sex.FEMALE : Sex.MALE;
    int age = Math.min(headAge + random.nextInt(22, 36), 99);
    members.add(new Sketch(Relationship.PARENT, sex, age, MaritalStatus.WIDOWED, -1));
  }

  /** A couple of working age with children and one or two of the head's parents. */
  private List<Sketch> coupleWithParents(
      SplittableRandom random, List<Sketch> members, int children, int parents) {
    int headAge = random.nextInt(28, 56);
    couple(random, members, headAge);
    children(random, members, children);
    int fatherAge = Math.min(headAge + random.nextInt(24, 34), 99);
    if (parents == 2) {
      int father = members.size();
      members.add(
          new Sketch(Relationship.PARENT, Sex.MALE, fatherAge, MaritalStatus.MARRIED, father + 1));
      int motherAge = Math.max(fatherAge - random.nextInt(0, 5), headAge + 21);
      members.add(
          new Sketch(Relationship.PARENT, Sex.FEMALE, motherAge, MaritalStatus.MARRIED, father));
    } else {
      Sex sex = random.nextInt(100) < 70 ? Sex.FEMALE : Sex.MALE;
      members.add(new Sketch(Relationship.PARENT, sex, fatherAge, MaritalStatus.WIDOWED, -1));
    }
    return members;
  }

  /** An older head couple, a married son with his wife, and grandchildren. */
  private void threeGenerations(SplittableRandom random, List<Sketch> members, int grandchildren) {
    int headAge = random.nextInt(52, 76);
    couple(random, members, headAge);
    int sonAge = Math.max(headAge - random.nextInt(22, 32), 24);
    int son = members.size();
    members.add(new Sketch(Relationship.SON, Sex.MALE, sonAge, MaritalStatus.MARRIED, son + 1));
    int wifeAge = Math.max(sonAge - random.nextInt(-2, 5), 21);
    // 儿媳 has no class of its own in the registry's relationships
    members.add(new Sketch(Relationship.OTHER, Sex.FEMALE, wifeAge, MaritalStatus.MARRIED, son));
    for (int i = 0; i < grandchildren; i++) {
      Sex sex = randomSex(random);
      int age = childAge(random, Math.min(sonAge, wifeAge));
      members.add(new Sketch(Relationship.GRANDCHILD, sex, age, MaritalStatus.UNMARRIED, -1));
    }
  }

  /** Mothers and fathers 20-38 years older than the child; never a negative age. */
  private static int childAge(SplittableRandom random, int youngerParentAge) {
    int maxGap = Math.max(20, Math.min(38, youngerParentAge));
    int gap = random.nextInt(20, maxGap + 1);
    return Math.max(0, youngerParentAge - gap);
  }

  /** Someone without a spouse in the household: status by age, never married below legal age. */
  private static MaritalStatus unpartnered(SplittableRandom random, Sex sex, int age) {
    if (age < Marriage.legalAge(sex)) {
      return MaritalStatus.UNMARRIED;
    }
    int roll = random.nextInt(100);
    if (age < 35) {
      return roll < 88 ? MaritalStatus.UNMARRIED : MaritalStatus.DIVORCED;
    }
    if (age < 60) {
      return roll < 35
          ? MaritalStatus.UNMARRIED
          : roll < 85 ? MaritalStatus.DIVORCED : MaritalStatus.WIDOWED;
    }
    return roll < 10
        ? MaritalStatus.UNMARRIED
        : roll < 25 ? MaritalStatus.DIVORCED : MaritalStatus.WIDOWED;
  }

  private static int band(SplittableRandom random, int[][] bands) {
    int total = 0;
    for (int[] band : bands) {
      total += band[2];
    }
    int roll = random.nextInt(total);
    for (int[] band : bands) {
      roll -= band[2];
      if (roll < 0) {
        return random.nextInt(band[0], band[1] + 1);
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private static Relationship child(Sex sex) {
    return sex == Sex.MALE ? Relationship.SON : Relationship.DAUGHTER;
  }

  private static Sex randomSex(SplittableRandom random) {
    return random.nextInt(1000) < 512 ? Sex.MALE : Sex.FEMALE;
  }
}
