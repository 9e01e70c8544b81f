package cn.minzheng.children;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.children.allowance.DeFactoRule;
import cn.minzheng.children.allowance.Parent;
import cn.minzheng.children.allowance.ParentSituation;
import cn.minzheng.children.allowance.SituationRecord;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 民发〔2019〕62号 and 国办发〔2010〕54号 as docs/domain-rules.md §4 states them. */
class DeFactoRuleTest {

  static final LocalDate DAY = LocalDate.of(2024, 7, 1);

  static SituationRecord father(ParentSituation s, LocalDate since) {
    return new SituationRecord(Parent.FATHER, s, since);
  }

  static SituationRecord mother(ParentSituation s, LocalDate since) {
    return new SituationRecord(Parent.MOTHER, s, since);
  }

  @Test
  void bothParentsDeadOrMissingIsAnOrphan() {
    LocalDate since = LocalDate.of(2020, 1, 1);
    assertThat(
            DeFactoRule.categoryOn(
                List.of(
                    father(ParentSituation.DECEASED, since),
                    mother(ParentSituation.MISSING, since)),
                DAY))
        .contains("ORPHAN");
  }

  @ParameterizedTest
  @EnumSource(
      value = ParentSituation.class,
      names = {"DECEASED", "MISSING"},
      mode = EnumSource.Mode.EXCLUDE)
  void oneParentDeadAndTheOtherInOneOfTheSixIsUnsupported(ParentSituation situation) {
    assertThat(
            DeFactoRule.categoryOn(
                List.of(
                    father(ParentSituation.DECEASED, LocalDate.of(2020, 1, 1)),
                    mother(situation, LocalDate.of(2024, 1, 1))),
                DAY))
        .contains("UNSUPPORTED");
  }

  @ParameterizedTest
  @EnumSource(
      value = ParentSituation.class,
      names = {"DECEASED", "MISSING"},
      mode = EnumSource.Mode.EXCLUDE)
  void bothParentsInOneOfTheSixIsUnsupported(ParentSituation situation) {
    assertThat(
            DeFactoRule.categoryOn(
                List.of(
                    father(ParentSituation.SERIOUSLY_ILL, LocalDate.of(2020, 1, 1)),
                    mother(situation, LocalDate.of(2024, 1, 1))),
                DAY))
        .contains("UNSUPPORTED");
  }

  @ParameterizedTest
  @EnumSource(
      value = ParentSituation.class,
      names = {"IMPRISONED", "COMPULSORY_REHAB", "OTHER_RESTRICTION", "OUT_OF_CONTACT"})
  void detentionAndLossOfContactCountFromSixMonths(ParentSituation situation) {
    SituationRecord dead = father(ParentSituation.DECEASED, LocalDate.of(2020, 1, 1));
    assertThat(
            DeFactoRule.categoryOn(List.of(dead, mother(situation, LocalDate.of(2024, 1, 1))), DAY))
        .contains("UNSUPPORTED");
    assertThat(
            DeFactoRule.categoryOn(List.of(dead, mother(situation, LocalDate.of(2024, 1, 2))), DAY))
        .isEmpty();
  }

  @Test
  void oneParentWithoutASituationOrAnEndedSituationQualifiesForNothing() {
    SituationRecord dead = father(ParentSituation.DECEASED, LocalDate.of(2020, 1, 1));
    assertThat(DeFactoRule.categoryOn(List.of(dead), DAY)).isEmpty();
    SituationRecord released =
        new SituationRecord(
            Parent.MOTHER,
            ParentSituation.IMPRISONED,
            LocalDate.of(2020, 1, 1),
            LocalDate.of(2024, 6, 30),
            "");
    assertThat(DeFactoRule.categoryOn(List.of(dead, released), DAY)).isEmpty();
    assertThat(DeFactoRule.categoryOn(List.of(dead, released), LocalDate.of(2024, 6, 29)))
        .contains("UNSUPPORTED");
  }
}
