package cn.minzheng.children.allowance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who qualifies by the parents' situation (docs/domain-rules.md §4): an orphan when both parents
 * are dead or declared missing (国办发〔2010〕54号); de-facto unsupported (民发〔2019〕62号) when both parents
 * are in one of the six situations, or one is dead or missing and the other in one of the six. A
 * detention or loss of contact counts once it has lasted six months on the day judged.
 */
public final class DeFactoRule {

  private DeFactoRule() {}

  /** ORPHAN, UNSUPPORTED or empty (the parents' situation qualifies for neither) on {@code day}. */
  public static Optional<String> categoryOn(List<SituationRecord> situations, LocalDate day) {
    SituationRecord father = of(situations, Parent.FATHER);
    SituationRecord mother = of(situations, Parent.MOTHER);
    if (father == null || mother == null || !father.holdsOn(day) || !mother.holdsOn(day)) {
      return Optional.empty();
    }
    boolean fatherLost = father.situation().isLoss();
    boolean motherLost = mother.situation().isLoss();
    if (fatherLost && motherLost) {
      return Optional.of("ORPHAN");
    }
    return Optional.of("UNSUPPORTED");
  }

  /** Why a claimed category does not follow from the situations; empty when it does. */
  public static Optional<String> refusal(
      String category, List<SituationRecord> situations, LocalDate day) {
    if (!"ORPHAN".equals(category) && !"UNSUPPORTED".equals(category)) {
      return Optional.empty();
    }
    Optional<String> follows = categoryOn(situations, day);
    if (follows.isEmpty()) {
      return Optional.of(
          "父母双方的情形不符合条件：须父母均死亡或宣告失踪（孤儿），或父母双方均属重残、重病、服刑在押、强制隔离戒毒、"
              + "被执行其他限制人身自由的措施、失联情形之一，或一方死亡或失踪、另一方属上述情形之一（事实无人抚养儿童）；"
              + "服刑在押、强制隔离戒毒、限制人身自由、失联须满6个月");
    }
    if (!follows.get().equals(category)) {
      return Optional.of(
          "ORPHAN".equals(follows.get()) ? "父母均死亡或宣告失踪，应按孤儿申请" : "父母并非均死亡或宣告失踪，应按事实无人抚养儿童申请");
    }
    return Optional.empty();
  }

  private static SituationRecord of(List<SituationRecord> situations, Parent parent) {
    return situations.stream().filter(s -> s.parent() == parent).findFirst().orElse(null);
  }
}
