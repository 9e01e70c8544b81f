package cn.minzheng.platform.security.oauth;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The clients the authorization server knows: a disabled client (or one the platform did not
 * register through {@link OAuthClients}) is unknown to it, so it gets no code and no token.
 */
final class EnabledClients implements RegisteredClientRepository {

  private final RegisteredClientRepository all;
  private final JdbcClient jdbc;

  EnabledClients(RegisteredClientRepository all, JdbcClient jdbc) {
    this.all = all;
    this.jdbc = jdbc;
  }

  @Override
  public void save(RegisteredClient registeredClient) {
    all.save(registeredClient);
  }

  @Override
  public @Nullable RegisteredClient findById(String id) {
    return enabled(all.findById(id));
  }

  @Override
  public @Nullable RegisteredClient findByClientId(String clientId) {
    return enabled(all.findByClientId(clientId));
  }

  private @Nullable RegisteredClient enabled(@Nullable RegisteredClient client) {
    if (client == null) {
      return null;
    }
    boolean enabled =
        jdbc.sql("select enabled from platform.oauth_client where client_id = ?")
            .param(client.getClientId())
            .query(Boolean.class)
            .optional()
            .orElse(false);
    return enabled ? client : null;
  }
}
