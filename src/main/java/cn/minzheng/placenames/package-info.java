/**
 * 地名与界线: region boundaries as validated polygons with validity dates (GeoJSON in and out, checked
 * with JTS), point-in-polygon lookup and the simplified base layer every map draws. Boundaries live
 * here rather than in {@code region}: the tree is the backbone of every module's data scope and
 * stays free of geometry; boundaries have their own life (survey, import, joint inspection) kept by
 * the bureau's place-name and boundary office, as the names are.
 */
@NullMarked
@ApplicationModule(
    displayName = "地名与界线",
    allowedDependencies = {
      "shared",
      "platform :: security",
      "platform :: audit",
      "platform :: shell",
      "platform :: problems",
      "region",
      "calendar",
      "cockpit"
    })
package cn.minzheng.placenames;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
