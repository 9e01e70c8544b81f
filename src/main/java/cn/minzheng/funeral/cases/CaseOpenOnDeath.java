package cn.minzheng.funeral.cases;

import cn.minzheng.lifeevents.LifeEvent;
import cn.minzheng.lifeevents.LifeEventTrail;
import cn.minzheng.lifeevents.TrailEntry;
import cn.minzheng.registry.DeathWithdrawn;
import cn.minzheng.registry.PersonDied;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A death opens the family's funeral subsidy case, without a form (身后一件事). Idempotent: the case is
 * unique per death, so the event delivered twice opens one case. A withdrawn death withdraws the
 * case it opened, or flags it for recovery when the subsidy was already paid. Both are written to
 * the person's life-event trail.
 */
@Component
class CaseOpenOnDeath {

  static final String MODULE = "殡葬管理";

  private final SubsidyCases cases;
  private final LifeEventTrail trail;

  CaseOpenOnDeath(SubsidyCases cases, LifeEventTrail trail) {
    this.cases = cases;
    this.trail = trail;
  }

  @ApplicationModuleListener
  void on(PersonDied died) {
    long id = cases.open(died.personId(), died.dateOfDeath(), died.regionCode(), OpenedVia.DEATH);
    String caseNo = cases.find(id).map(SubsidyCase::caseNo).orElse("");
    trail.record(
        new TrailEntry(
            died.personId(),
            LifeEvent.DEATH,
            died.dateOfDeath(),
            MODULE,
            "为家属开立惠民殡葬补贴个案（案号 " + caseNo + "），无需另行填表",
            "身后一件事：死亡登记即开立殡葬补贴个案，一人一案（§8）",
            "funeral-case-death:" + died.personId() + ":" + died.dateOfDeath()));
  }

  @ApplicationModuleListener
  void on(DeathWithdrawn withdrawn) {
    SubsidyCases.Withdrawal done =
        cases.withdraw(withdrawn.personId(), withdrawn.dateOfDeath(), withdrawn.reason());
    if (done == SubsidyCases.Withdrawal.NONE) {
      return;
    }
    trail.record(
        new TrailEntry(
            withdrawn.personId(),
            LifeEvent.DEATH_WITHDRAWN,
            withdrawn.dateOfDeath(),
            MODULE,
            done == SubsidyCases.Withdrawal.WITHDRAWN ? "撤回惠民殡葬补贴个案" : "惠民殡葬补贴已发放，标记待追回",
            "误登记死亡撤销：未发放的撤回，已发放的追回（§8）",
            "funeral-case-death-withdrawn:"
                + withdrawn.personId()
                + ":"
                + withdrawn.dateOfDeath()));
  }
}
