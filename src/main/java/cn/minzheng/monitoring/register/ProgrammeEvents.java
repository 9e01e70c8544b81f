package cn.minzheng.monitoring.register;

import cn.minzheng.assistance.AssistanceEnded;
import cn.minzheng.assistance.AssistanceGranted;
import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.monitoring.register.LowIncomeRegister.Inclusion;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the register in step with the programmes. Idempotent: a republished event finds the person
 * already included (or already ended) and changes nothing. 临时救助 is one-off and adds no one.
 */
@Component
class ProgrammeEvents {

  private final LowIncomeRegister register;

  ProgrammeEvents(LowIncomeRegister register) {
    this.register = register;
  }

  @ApplicationModuleListener
  void on(AssistanceGranted granted) {
    category(granted.type())
        .ifPresent(
            category -> {
              for (long person : granted.personIds()) {
                register.include(
                    new Inclusion(
                        person,
                        granted.householdId(),
                        granted.regionCode(),
                        category,
                        "PROGRAMME",
                        granted.type().label() + "纳入保障（案件" + granted.caseId() + "）",
                        granted.caseId(),
                        granted.fromMonth().atDay(1)),
                    "assistance");
              }
            });
  }

  @ApplicationModuleListener
  void on(AssistanceEnded ended) {
    category(ended.type())
        .ifPresent(
            category -> {
              for (long person : ended.personIds()) {
                register.end(person, category, ended.lastMonth().atEndOfMonth());
              }
            });
  }

  static Optional<RegisterCategory> category(AssistanceType type) {
    return switch (type) {
      case DIBAO -> Optional.of(RegisterCategory.DIBAO);
      case TEKUN -> Optional.of(RegisterCategory.TEKUN);
      case MARGINAL -> Optional.of(RegisterCategory.MARGINAL);
      case LINSHI -> Optional.empty();
    };
  }
}
