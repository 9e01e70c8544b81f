package cn.minzheng.platform.web;

import cn.minzheng.platform.MenuItem;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.web.Shell.MenuGroup;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The left menu of a user: every module's {@link MenuItem} beans that the user's roles permit. */
@Component
public class StaffMenu {

  private static final Comparator<MenuItem> ORDER =
      Comparator.comparingInt(MenuItem::groupOrder)
          .thenComparing(MenuItem::group)
          .thenComparingInt(MenuItem::order)
          .thenComparing(MenuItem::label);

  private final ObjectProvider<MenuItem> items;

  StaffMenu(ObjectProvider<MenuItem> items) {
    this.items = items;
  }

  public List<MenuGroup> forUser(StaffUser user) {
    Map<String, List<MenuItem>> groups = new LinkedHashMap<>();
    items.stream()
        .filter(item -> permits(item, user))
        .sorted(ORDER)
        .forEach(
            item ->
                groups.computeIfAbsent(item.group(), g -> new java.util.ArrayList<>()).add(item));
    return groups.entrySet().stream()
        .map(group -> new MenuGroup(group.getKey(), List.copyOf(group.getValue())))
        .toList();
  }

  static boolean permits(MenuItem item, StaffUser user) {
    return item.roles() == null
        || item.roles().isEmpty()
        || item.roles().stream().anyMatch(user::has);
  }
}
