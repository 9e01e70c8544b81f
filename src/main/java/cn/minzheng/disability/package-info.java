/**
 * 残疾人福利: the two subsidies (困难残疾人生活补贴, 重度残疾人护理补贴) without application (免申即享, confirmed by the
 * street), effective-dated amounts, stops and changes from the next month with a reason the person
 * reads in the portal, paid through {@code payments}; assistive-device rental (辅具租赁) at service
 * points, ordered in the portal or at the point.
 *
 * <p>Reads ratings from the registry's {@code DisabilityRated} event (kept as history, so that a
 * back-dated rating pays arrears), 低保 coverage from assistance's published events {@code
 * AssistanceGranted}/{@code AssistanceEnded}, the low-income register from monitoring's published
 * view {@code monitoring.low_income_fact} (the living subsidy's second source, categories
 * configured), and stops both subsidies and cancels open rentals on {@link
 * cn.minzheng.registry.PersonDied}.
 *
 * <p>Vagrant and beggar rescue (流浪乞讨人员救助) is NOT part of this module: it is the bureau's 救助管理
 * (rescue stations under 国务院令第381号), a form of social assistance with its own stations, intakes and
 * identity searches, and serves persons regardless of any disability; the cockpit's brief already
 * files it under assistance. It belongs in its own module (or in assistance).
 */
@NullMarked
@ApplicationModule(
    displayName = "残疾人福利",
    allowedDependencies = {
      "shared",
      "platform :: security",
      "platform :: jobs",
      "platform :: locks",
      "platform :: audit",
      "platform :: shell",
      "platform :: problems",
      "region",
      "registry",
      "lifeevents",
      "assistance",
      "monitoring",
      "payments",
      "portal",
      "cockpit"
    })
package cn.minzheng.disability;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
