package cn.minzheng.socialwork.workforce;

import cn.minzheng.registry.PersonDied;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A social worker who died leaves the active workforce (no new services, no longer counted); the
 * certificate and past services stay. Idempotent: a second delivery finds nobody active. The care
 * action keeps no open orders for the people it serves, so a served person's death needs nothing
 * here: no service can be recorded for a dead person.
 */
@Component
class WorkerDeath {

  private final SocialWorkers workers;

  WorkerDeath(SocialWorkers workers) {
    this.workers = workers;
  }

  @ApplicationModuleListener
  void on(PersonDied died) {
    workers.deactivatePerson(died.personId());
  }
}
