package cn.minzheng.funeral.cases;

import cn.minzheng.registry.PersonDied;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A death opens the family's funeral subsidy case, without a form (身后一件事). Idempotent: the case is
 * unique per death, so the event delivered twice opens one case.
 */
@Component
class CaseOpenOnDeath {

  private final SubsidyCases cases;

  CaseOpenOnDeath(SubsidyCases cases) {
    this.cases = cases;
  }

  @ApplicationModuleListener
  void on(PersonDied died) {
    cases.open(died.personId(), died.dateOfDeath(), died.regionCode(), OpenedVia.DEATH);
  }
}
