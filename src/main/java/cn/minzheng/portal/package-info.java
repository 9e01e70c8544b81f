/** 群众端: citizens' accounts linked to a registry person, one-time codes, "my information". */
@NullMarked
@ApplicationModule(
    displayName = "群众端",
    allowedDependencies = {
      "shared",
      "platform :: security",
      "platform :: audit",
      "platform :: crypto",
      "platform :: shell",
      "registry"
    })
package cn.minzheng.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
