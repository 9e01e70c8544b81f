package cn.minzheng.socialwork.opendays;

import cn.minzheng.registry.PersonDied;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A citizen who died gives back the places of the open days still to come (see {@link
 * OpenDays#cancelOfDeceased}); no message: the registration was the citizen's own.
 */
@Component
class OpenDayDeath {

  private final OpenDays openDays;

  OpenDayDeath(OpenDays openDays) {
    this.openDays = openDays;
  }

  @ApplicationModuleListener
  void on(PersonDied died) {
    openDays.cancelOfDeceased(died.personId(), died.dateOfDeath());
  }
}
