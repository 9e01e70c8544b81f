/**
 * 行政区划: the division tree (city > county-level unit or managing area > street/township >
 * community/village) with validity dates and retired codes. Backbone of every user's data scope.
 */
@NullMarked
@ApplicationModule(
    displayName = "行政区划",
    allowedDependencies = {
      "shared",
      "platform :: security",
      "platform :: audit",
      "platform :: api",
      "platform :: shell"
    })
package cn.minzheng.region;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
