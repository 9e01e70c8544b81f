/**
 * 动态监测: departmental data feeds (dated per-person facts matched through the registry's ID blind
 * index), household economic verification (核对, also as the assistance module's {@link
 * cn.minzheng.assistance.EconomicVerificationProvider}), the low-income register, early-warning
 * rules with their disposal, and visiting care (巡访关爱).
 *
 * <p>Published views (read by other modules in set-based SQL, columns stable): {@code
 * monitoring.life_trace_fact} (traces of life, for elderly's silent existence check) and {@code
 * monitoring.low_income_fact} (the low-income register: person, household, region, category, since,
 * until; for disability's living subsidy).
 */
@NullMarked
@ApplicationModule(
    displayName = "动态监测",
    allowedDependencies = {
      "shared",
      "platform :: security",
      "platform :: jobs",
      "platform :: audit",
      "platform :: api",
      "platform :: bulk",
      "platform :: problems",
      "platform :: crypto",
      "platform :: shell",
      "registry",
      "assistance",
      "cockpit",
      "placenames"
    })
package cn.minzheng.monitoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
