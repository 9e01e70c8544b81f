package cn.minzheng.platform.security.oauth;

import cn.minzheng.platform.OAuthGrants.Grant;
import cn.minzheng.platform.ServiceAccountAuthentication;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A department's client, once its token is verified, is a service account to the endpoints: the
 * same authentication, scopes and department as a static token gives, so every endpoint that checks
 * a service account's scope accepts either.
 */
@Component
public class DepartmentClientAccounts {

  private final OAuthClients clients;

  DepartmentClientAccounts(OAuthClients clients) {
    this.clients = clients;
  }

  /** Empty when the grant is not a department's own (client credentials) grant. */
  public Optional<ServiceAccountAuthentication> authenticate(Grant grant) {
    if (!grant.clientId().equals(grant.subject())) {
      return Optional.empty();
    }
    return clients
        .find(grant.clientId())
        .filter(c -> c.kind() == OAuthClients.Kind.DEPARTMENT)
        .map(
            c ->
                new ServiceAccountAuthentication(
                    c.id(), c.clientId(), c.department(), grant.scopes()));
  }
}
