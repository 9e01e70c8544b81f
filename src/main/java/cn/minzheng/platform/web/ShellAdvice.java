package cn.minzheng.platform.web;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts {@code shell} (user, role, region, menu) into the model of every page, error pages included;
 * {@code null} when no staff member is signed in (login page, portal).
 */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice {

  private final CurrentUser currentUser;
  private final RegionHierarchy regions;
  private final StaffMenu menu;
  private final PagerLinks pagerLinks;

  ShellAdvice(
      CurrentUser currentUser, RegionHierarchy regions, StaffMenu menu, PagerLinks pagerLinks) {
    this.currentUser = currentUser;
    this.regions = regions;
    this.menu = menu;
    this.pagerLinks = pagerLinks;
  }

  /**
   * The pager fragment's link builder. A model attribute rather than {@code @pagerLinks}: Thymeleaf
   * forbids bean references in restricted expression contexts.
   */
  @ModelAttribute("pagerLinks")
  PagerLinks pagerLinks() {
    return pagerLinks;
  }

  /** The path of the page, so that the menu marks the entry the user is on. */
  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  @ModelAttribute("shell")
  Shell shell() {
    return currentUser.staff().map(this::shellOf).orElse(null);
  }

  private Shell shellOf(StaffUser user) {
    String roleLabel =
        user.roles().stream().sorted().map(Role::label).collect(Collectors.joining("、"));
    return new Shell(user, roleLabel, regions.nameOf(user.regionCode()), menu.forUser(user));
  }
}
