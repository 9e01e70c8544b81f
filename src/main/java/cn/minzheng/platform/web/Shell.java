package cn.minzheng.platform.web;

import cn.minzheng.platform.MenuItem;
import cn.minzheng.platform.StaffUser;
import java.util.List;

/** What the page layout shows around every staff page: who is signed in, and their menu. */
public record Shell(StaffUser user, String roleLabel, String regionName, List<MenuGroup> menu) {

  /**
   * One heading of the left menu with its icon (a Bootstrap Icons name, {@link MenuIcons}) and its
   * entries, in order.
   */
  public record MenuGroup(String name, String icon, List<MenuItem> items) {

    /** Whether the entry is the page at {@code path} or a page below it: the menu marks it. */
    public boolean marks(MenuItem item, String path) {
      return path != null
          && (path.equals(item.path())
              || (!"/".equals(item.path()) && path.startsWith(item.path() + "/")));
    }

    /** Whether one of the group's entries is marked: the group is then open. */
    public boolean contains(String path) {
      return items.stream().anyMatch(item -> marks(item, path));
    }
  }
}
