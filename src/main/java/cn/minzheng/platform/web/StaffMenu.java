package cn.minzheng.platform.web;

import cn.minzheng.platform.MenuAvailability;
import cn.minzheng.platform.MenuItem;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.web.Shell.MenuGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The left menu of a user: every module's {@link MenuItem} beans that the user's roles permit, in
 * the groups whose {@link MenuAvailability} (if any) finds what they work on in the user's office,
 * each group with its icon.
 */
@Component
public class StaffMenu {

  private static final Logger log = LoggerFactory.getLogger(StaffMenu.class);

  private static final Comparator<MenuItem> ORDER =
      Comparator.comparingInt(MenuItem::groupOrder)
          .thenComparing(MenuItem::group)
          .thenComparingInt(MenuItem::order)
          .thenComparing(MenuItem::label);

  private final ObjectProvider<MenuItem> items;
  private final ObjectProvider<MenuAvailability> availability;

  StaffMenu(ObjectProvider<MenuItem> items, ObjectProvider<MenuAvailability> availability) {
    this.items = items;
    this.availability = availability;
  }

  public List<MenuGroup> forUser(StaffUser user) {
    Map<String, List<MenuItem>> groups = new LinkedHashMap<>();
    items.stream()
        .filter(item -> permits(item, user))
        .sorted(ORDER)
        .forEach(item -> groups.computeIfAbsent(item.group(), g -> new ArrayList<>()).add(item));
    availability.forEach(
        rule -> {
          if (groups.containsKey(rule.group()) && !available(rule, user)) {
            groups.remove(rule.group());
          }
        });
    return groups.entrySet().stream()
        .map(
            group ->
                new MenuGroup(
                    group.getKey(), MenuIcons.of(group.getKey()), List.copyOf(group.getValue())))
        .toList();
  }

  static boolean permits(MenuItem item, StaffUser user) {
    return item.roles() == null
        || item.roles().isEmpty()
        || item.roles().stream().anyMatch(user::has);
  }

  /**
   * A rule that cannot answer (the database is away) leaves its group in: the pages then say why.
   */
  private static boolean available(MenuAvailability rule, StaffUser user) {
    try {
      return rule.availableTo(user);
    } catch (RuntimeException e) {
      log.warn("menu availability of {} failed: {}", rule.group(), e.toString());
      return true;
    }
  }
}
