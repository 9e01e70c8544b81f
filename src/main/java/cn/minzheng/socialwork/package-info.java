/**
 * 社会工作与基层治理: certified social workers (a registry person with a certificate), agencies (social
 * organisations picked from the {@code organisations} register by its published look-up, credit
 * lists shown, a seriously listed one refused a contract), community posts, street and community
 * social-work stations, the care action (百千万工程) whose visits also fulfil monitoring's visiting-care
 * tasks, and the bureau's own "walk the process" (局长走流程) research with its measures, and its open
 * days (开放日: seats from {@code booking}, registration in the {@code portal}). One module rather
 * than a separate {@code governance}: the same street and community staff keep both, on the same
 * region nodes, and the self-governance records (conventions, councils) are few and have no rules
 * of their own yet.
 */
@NullMarked
@ApplicationModule(
    displayName = "社会工作与基层治理",
    allowedDependencies = {
      "shared",
      "platform :: security",
      "platform :: audit",
      "platform :: problems",
      "platform :: shell",
      "region",
      "registry",
      "monitoring",
      "organisations",
      "cockpit",
      "booking",
      "portal"
    })
package cn.minzheng.socialwork;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
