package cn.minzheng.platform;

import org.springframework.modulith.NamedInterface;

/**
 * Whether a module's menu group is of use to a staff member beyond their roles: a module whose
 * pages work on offices of its own (婚姻登记处) declares one, and the menu shows the group only to those
 * whose region has such an office — a street without a marriage registry sees no marriage menus,
 * although its caseworkers hold a role the counter accepts. Groups without one are shown by role
 * alone.
 */
@NamedInterface("shell")
public interface MenuAvailability {

  /** The menu group this decides, as the module's {@link MenuItem}s name it. */
  String group();

  /** Whether the user's office has what the group's pages work on. */
  boolean availableTo(StaffUser user);
}
