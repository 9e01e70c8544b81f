package cn.minzheng.platform.web;

import cn.minzheng.platform.MenuItem;
import cn.minzheng.platform.StaffUser;
import java.util.List;

/** What the page layout shows around every staff page: who is signed in, and their menu. */
public record Shell(StaffUser user, String roleLabel, String regionName, List<MenuGroup> menu) {

  /** One heading of the left menu with its entries, in order. */
  public record MenuGroup(String name, List<MenuItem> items) {}
}
