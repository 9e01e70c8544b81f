package cn.minzheng.platform.security.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * The demo's clients as the README prints them: the department obtains a token with the published
 * secret over real HTTP, the city app is a public PKCE client with the printed callback; created
 * once however often the demo starts; and a start outside the demo refuses a database holding them.
 * The clients are removed after each test: the guard would otherwise stop the next application
 * context that starts without the demo profile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoOAuthClientsTest {

  static final List<String> DEMO_IDS =
      List.of(DemoOAuthClients.DEPARTMENT_ID, DemoOAuthClients.APP_ID);

  @LocalServerPort int port;
  @Autowired OAuthClients clients;
  @Autowired JdbcRegisteredClients registered;
  @Autowired JdbcClient jdbc;

  @Test
  void theDepartmentGetsATokenWithThePublishedSecretAndTheAppIsAPublicPkceClient()
      throws Exception {
    DemoOAuthClients demo = new DemoOAuthClients(clients);
    demo.run(new DefaultApplicationArguments());
    demo.run(new DefaultApplicationArguments());
    assertThat(clients.countDemo()).isEqualTo(2);

    HttpResponse<String> token =
        DepartmentToken.request(
            port, "demo-department", "mzc_Demo2026DepartmentFeeds", "monitoring:feed-vehicle");
    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    assertThat(token.body()).contains("\"access_token\"");

    RegisteredClient app = registered.repository().findByClientId("demo-city-app");
    assertThat(app.getRedirectUris()).containsExactly("http://127.0.0.1:8765/callback");
    assertThat(app.getClientSettings().isRequireProofKey()).isTrue();
    assertThat(app.getClientSecret()).isNull();
    assertThat(app.getAuthorizationGrantTypes())
        .contains(AuthorizationGrantType.AUTHORIZATION_CODE);
  }

  @Test
  void aStartOutsideTheDemoRefusesADatabaseWithDemoClients() {
    assertThatThrownBy(() -> DemoClientGuard.check(false, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("demo OAuth client");
    assertThatNoException().isThrownBy(() -> DemoClientGuard.check(true, 2));
    assertThatNoException().isThrownBy(() -> DemoClientGuard.check(false, 0));
  }

  @AfterEach
  void removeDemoClients() {
    for (String clientId : DEMO_IDS) {
      jdbc.sql(
              "delete from oauth2_authorization where registered_client_id in"
                  + " (select id from oauth2_registered_client where client_id = ?)")
          .param(clientId)
          .update();
      jdbc.sql("delete from oauth2_registered_client where client_id = ?").param(clientId).update();
      jdbc.sql("delete from platform.oauth_client where client_id = ?").param(clientId).update();
    }
  }
}
