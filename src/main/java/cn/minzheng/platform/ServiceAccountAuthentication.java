package cn.minzheng.platform;

import java.util.Set;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authentication of another department's system calling {@code /api/v1/**} with a bearer token.
 * Its scopes (such as {@code registry:death-report}) are the authorities {@code
 * SCOPE_registry:death-report}, plus {@code ROLE_SERVICE}; it has no region scope and no staff
 * role.
 */
@NamedInterface("security")
public final class ServiceAccountAuthentication extends AbstractAuthenticationToken {

  /** Marks every service account (the audit log tells them from staff by it). */
  public static final String AUTHORITY = "ROLE_SERVICE";

  private final long id;
  private final String name;
  private final String department;
  private final Set<String> scopes;

  public ServiceAccountAuthentication(long id, String name, String department, Set<String> scopes) {
    super(
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(new SimpleGrantedAuthority(AUTHORITY)),
                scopes.stream().sorted().map(s -> new SimpleGrantedAuthority("SCOPE_" + s)))
            .toList());
    this.id = id;
    this.name = name;
    this.department = department;
    this.scopes = Set.copyOf(scopes);
    setAuthenticated(true);
  }

  public long id() {
    return id;
  }

  public String department() {
    return department;
  }

  public Set<String> scopes() {
    return scopes;
  }

  public boolean hasScope(String scope) {
    return scopes.contains(scope);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public String getPrincipal() {
    return name;
  }

  @Override
  public String getName() {
    return "service:" + name;
  }
}
