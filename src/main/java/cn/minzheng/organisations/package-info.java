/**
 * 社会组织: the register of social organisations (social groups, social service agencies and
 * foundations with a unified social credit code; community social organisations filed without one),
 * with every change dated and kept; establishment, change and deregistration as applications
 * decided by the registration authority; organisations' own accounts (社会组织账号); annual reports with
 * their deadlines and review; the credit lists of 民政部令第60号 (活动异常名录, 严重违法失信名单) with the daily export
 * for 信用中国; zombie-organisation candidates; the cockpit's figures.
 *
 * <p>Charity (package {@code charity}: 慈善组织 recognition and public fundraising qualification,
 * community charity projects, charitable trusts) is a feature package of this module, not a module
 * of its own: a charity organisation is a registered organisation of this register (same credit
 * code, same lists, same accounts), and a trust's filing deadline is the only rule of its own; a
 * separate module would have to read this one's tables or duplicate them.
 */
@NullMarked
@ApplicationModule(
    displayName = "社会组织",
    allowedDependencies = {
      "shared",
      "platform :: security",
      "platform :: audit",
      "platform :: shell",
      "platform :: problems",
      "calendar",
      "region",
      "registry",
      "payments",
      "cockpit"
    })
package cn.minzheng.organisations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
