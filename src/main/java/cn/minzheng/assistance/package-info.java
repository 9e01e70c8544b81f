/**
 * 社会救助: 低保, 特困 and 临时救助 — effective-dated standards, applications, the review workflow (核对, 入户调查,
 * 审核, 7-day 公示, 确认), periodic reviews and the monthly entitlement run into {@code payments}.
 *
 * <p>Published API for other modules: {@link cn.minzheng.assistance.AssistanceStandards} (the
 * standards in force for an area on a date), the events {@link
 * cn.minzheng.assistance.AssistanceGranted} and {@link cn.minzheng.assistance.AssistanceEnded}, and
 * the SPI {@link cn.minzheng.assistance.EconomicVerificationProvider} through which an automated
 * household economic verification (核对) replaces the manually entered result.
 */
@NullMarked
@ApplicationModule(
    displayName = "社会救助",
    allowedDependencies = {
      "shared",
      "platform :: security",
      "platform :: jobs",
      "platform :: audit",
      "platform :: problems",
      "platform :: shell",
      "calendar",
      "region",
      "registry",
      "payments",
      "portal",
      "cockpit",
      "lifeevents"
    })
package cn.minzheng.assistance;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
