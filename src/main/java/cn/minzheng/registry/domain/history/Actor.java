package cn.minzheng.registry.domain.history;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.StaffUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is changing data, for created_by/updated_by and the history: never a personal value. */
@Component
public class Actor {

  private final CurrentUser currentUser;

  Actor(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  public String name() {
    return currentUser
        .staff()
        .map(StaffUser::username)
        .orElseGet(
            () -> {
              Authentication a = SecurityContextHolder.getContext().getAuthentication();
              return a == null || a.getName() == null ? "system" : a.getName();
            });
  }
}
