/**
 * 养老服务: the advanced-age allowance (高龄津贴) with existence checks, paid through {@code payments};
 * facilities and the public map; elderly-care institutions (filing, beds, supervision); the basic
 * elderly-care service list; home services for special-difficulty elderly. Reads persons from the
 * registry and listens to {@link cn.minzheng.registry.PersonDied}.
 */
@NullMarked
@ApplicationModule(
    displayName = "养老服务",
    allowedDependencies = {
      "shared",
      "platform :: security",
      "platform :: jobs",
      "platform :: locks",
      "platform :: audit",
      "platform :: problems",
      "platform :: api",
      "platform :: crypto",
      "platform :: shell",
      "calendar",
      "region",
      "registry",
      "payments",
      "portal",
      "cockpit",
      "lifeevents",
      "monitoring",
      "placenames"
    })
package cn.minzheng.elderly;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
