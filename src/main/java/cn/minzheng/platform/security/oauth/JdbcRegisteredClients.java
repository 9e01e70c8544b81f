package cn.minzheng.platform.security.oauth;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.stereotype.Component;

/**
 * Every registered client, disabled ones included (the administration and the stored authorizations
 * need them). Deliberately not a {@code RegisteredClientRepository} bean: the authorization server
 * gets {@link EnabledClients}.
 */
@Component
class JdbcRegisteredClients {

  private final JdbcRegisteredClientRepository repository;

  JdbcRegisteredClients(JdbcTemplate jdbc) {
    this.repository = new JdbcRegisteredClientRepository(jdbc);
  }

  JdbcRegisteredClientRepository repository() {
    return repository;
  }
}
