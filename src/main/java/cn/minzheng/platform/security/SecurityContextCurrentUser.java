package cn.minzheng.platform.security;

import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
class SecurityContextCurrentUser implements CurrentUser {

  @Override
  public Optional<StaffUser> staff() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof StaffAuthentication staff && staff.isAuthenticated()) {
      return Optional.of(staff.user());
    }
    return Optional.empty();
  }
}
