package cn.minzheng.platform.web;

import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.ServiceAccountAuthentication;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/me}: who is calling, a staff member (session) or a service account (token). */
@RestController
class MeController {

  private final RegionHierarchy regions;

  MeController(RegionHierarchy regions) {
    this.regions = regions;
  }

  /** The caller. {@code kind} is {@code staff} or {@code service}. */
  public record Me(
      String kind,
      String name,
      String displayName,
      String regionCode,
      String regionName,
      List<String> roles,
      String department,
      Set<String> scopes) {}

  @GetMapping("/api/v1/me")
  @Operation(summary = "当前调用者", description = "工作人员（会话）或服务账号（令牌）的身份")
  Me me(Authentication authentication) {
    if (authentication instanceof StaffAuthentication staff) {
      StaffUser user = staff.user();
      List<String> roles = user.roles().stream().sorted().map(Role::name).toList();
      return new Me(
          "staff",
          user.username(),
          user.displayName(),
          user.regionCode(),
          regions.nameOf(user.regionCode()),
          roles,
          null,
          Set.of());
    }
    ServiceAccountAuthentication service = (ServiceAccountAuthentication) authentication;
    return new Me(
        "service",
        service.getPrincipal(),
        service.getPrincipal(),
        null,
        null,
        List.of(),
        service.department(),
        service.scopes());
  }
}
