package cn.minzheng.platform;

import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authentication of a signed-in staff member. Every way in (form login with or without TOTP,
 * tests) ends in this token, so that {@link CurrentUser} and {@link DataScope} read one shape.
 */
@NamedInterface("security")
public final class StaffAuthentication extends AbstractAuthenticationToken {

  private final StaffUser user;

  private StaffAuthentication(StaffUser user) {
    super(
        user.roles().stream()
            .map(role -> new SimpleGrantedAuthority(role.authority()))
            .sorted((a, b) -> a.getAuthority().compareTo(b.getAuthority()))
            .toList());
    this.user = user;
    setAuthenticated(true);
  }

  public static StaffAuthentication of(StaffUser user) {
    return new StaffAuthentication(user);
  }

  public StaffUser user() {
    return user;
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public StaffUser getPrincipal() {
    return user;
  }

  @Override
  public String getName() {
    return user.username();
  }

  /** Authorities as strings, for logs and the top bar. */
  public List<String> authorityNames() {
    return getAuthorities().stream().map(a -> a.getAuthority()).toList();
  }
}
