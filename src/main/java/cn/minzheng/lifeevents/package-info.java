/**
 * 生活事件与身后一件事: the life-event trail of a person (every life event the platform knows and what it
 * triggered in which module, when and by which rule; written by the module that acted, through
 * {@link cn.minzheng.lifeevents.LifeEventTrail}) and the family's after-death checklist of the
 * other departments' steps (户籍注销, pension, medical insurance, housing fund, driving licence) in the
 * portal.
 *
 * <p>A module of its own rather than part of {@code registry} (which knows no programme) or of
 * {@code funeral} (the subsidy case is one consequence of a death among many; the trail covers
 * every life event): the programmes depend on it, it depends on none of them.
 */
@NullMarked
@ApplicationModule(
    displayName = "生活事件",
    allowedDependencies = {
      "shared",
      "platform :: security",
      "platform :: audit",
      "platform :: problems",
      "platform :: shell",
      "registry",
      "portal"
    })
package cn.minzheng.lifeevents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
