/**
 * 婚姻登记: registry offices, time slots that never overbook, appointments of citizens, marriage and
 * divorce registration at the counter. The registry's marital status changes only through {@link
 * cn.minzheng.registry.PersonCommands}.
 */
@NullMarked
@ApplicationModule(
    displayName = "婚姻登记",
    allowedDependencies = {
      "shared",
      "platform :: security",
      "platform :: audit",
      "platform :: api",
      "platform :: problems",
      "platform :: crypto",
      "platform :: shell",
      "calendar",
      "booking",
      "registry",
      "portal",
      "cockpit",
      "lifeevents"
    })
package cn.minzheng.marriage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
