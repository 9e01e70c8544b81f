/**
 * 驾驶舱: the figures of the bureau's half-year report counted from live data for any period and
 * region subtree, with the change against the year before, drill-down by region down to the records
 * behind a figure, Excel export and an API for the city's government dashboard.
 *
 * <p>Published SPI: a module contributes its figures as {@link cn.minzheng.cockpit.Figure} beans
 * (described by a {@link cn.minzheng.cockpit.FigureSpec} that claims a {@link
 * cn.minzheng.cockpit.BriefRow} of the brief); the cockpit collects them and knows no module's
 * tables. A row no figure claims is shown as 尚未接入 with the module it waits for.
 */
@NullMarked
@ApplicationModule(
    displayName = "驾驶舱",
    allowedDependencies = {
      "shared",
      "platform :: security",
      "platform :: audit",
      "platform :: shell",
      "platform :: problems",
      "region"
    })
package cn.minzheng.cockpit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
