/**
 * 儿童福利与未成年人保护: allowances of orphans (机构养育/散居) and de-facto unsupported children (事实无人抚养儿童) with
 * effective-dated standards, cases from application or from the registry's proactive list, monthly
 * entitlements through {@code payments}, the guardian as payee. Reads persons from the registry's
 * published views and listens to {@link cn.minzheng.registry.PersonDied}. The care programme (关爱行动)
 * matches screened pupils to the registry by the blind index ({@code platform :: crypto}). Listens
 * to {@code assistance}'s AssistanceGranted/AssistanceEnded for 特困供养 (an orphan receives one
 * scheme).
 */
@NullMarked
@ApplicationModule(
    displayName = "儿童福利",
    allowedDependencies = {
      "shared",
      "platform :: security",
      "platform :: jobs",
      "platform :: audit",
      "platform :: bulk",
      "platform :: shell",
      "platform :: problems",
      "platform :: crypto",
      "region",
      "registry",
      "lifeevents",
      "assistance",
      "payments",
      "portal",
      "cockpit"
    })
package cn.minzheng.children;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
