package cn.minzheng.platform.security.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.testing.IdNumbers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A department's system over real HTTP: client credentials at {@code /oauth2/token}, then the API
 * with the JWT — the feed upload with the feed's scope, 403 without it, 401 once the token has
 * expired or the client is disabled, every call audited with the client id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientCredentialsTest {

  static final String VEHICLE_SCOPE = "monitoring:feed-vehicle";

  @LocalServerPort int port;
  @Autowired OAuthClients clients;
  @Autowired JdbcRegisteredClients registered;
  @Autowired JdbcClient jdbc;

  final HttpClient http = HttpClient.newHttpClient();
  final JsonMapper json = JsonMapper.builder().build();

  @Test
  void aDepartmentObtainsAShortLivedTokenAndUploadsAFeedAuditedWithItsClientId() throws Exception {
    OAuthClients.Issued issued = register(VEHICLE_SCOPE);

    HttpResponse<String> tokenAnswer = token(issued, VEHICLE_SCOPE);
    assertThat(tokenAnswer.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(tokenAnswer.body());
    assertThat(body.get("token_type").asString()).isEqualToIgnoringCase("Bearer");
    // short-lived: five minutes by default (minzheng.oauth.access-token-ttl)
    assertThat(body.get("expires_in").asLong()).isBetween(295L, 300L);
    assertThat(body.get("scope").asString()).isEqualTo(VEHICLE_SCOPE);
    String accessToken = body.get("access_token").asString();

    HttpResponse<String> delivered = deliverVehicles(accessToken, UUID.randomUUID().toString());

    assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(201);
    assertThat(json.readTree(delivered.body()).get("rows").asInt()).isEqualTo(1);
    Long audited =
        jdbc.sql(
                """
                select count(*) from platform.audit_log
                 where action = 'api.call' and target_id = ? and actor = 'service:' || target_id
                   and actor_kind = 'SERVICE' and detail like 'POST /api/v1/monitoring/feeds/vehicle/batches%'""")
            .param(issued.clientId())
            .query(Long.class)
            .single();
    assertThat(audited).isEqualTo(1);
  }

  @Test
  void aTokenWithoutTheFeedsScopeIsForbidden() throws Exception {
    OAuthClients.Issued issued = register("monitoring:feed-property", VEHICLE_SCOPE);
    String accessToken = accessToken(issued, "monitoring:feed-property");

    HttpResponse<String> refused = deliverVehicles(accessToken, UUID.randomUUID().toString());

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  @Test
  void aScopeTheClientWasNotGivenIsNotIssued() throws Exception {
    OAuthClients.Issued issued = register("monitoring:feed-property");

    HttpResponse<String> answer = token(issued, VEHICLE_SCOPE);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(json.readTree(answer.body()).get("error").asString()).isEqualTo("invalid_scope");
  }

  @Test
  void aWrongSecretGetsNoToken() throws Exception {
    OAuthClients.Issued issued = register(VEHICLE_SCOPE);

    HttpResponse<String> answer =
        token(new OAuthClients.Issued(issued.clientId(), issued.secret() + "x"), VEHICLE_SCOPE);

    assertThat(answer.statusCode()).isEqualTo(401);
  }

  @Test
  void anExpiredTokenIsUnauthorized() throws Exception {
    OAuthClients.Issued issued = register(VEHICLE_SCOPE);
    RegisteredClient client = registered.repository().findByClientId(issued.clientId());
    registered
        .repository()
        .save(
            RegisteredClient.from(client)
                .tokenSettings(
                    TokenSettings.withSettings(client.getTokenSettings().getSettings())
                        // long enough that the first call lands inside it on a loaded machine
                        .accessTokenTimeToLive(Duration.ofSeconds(5))
                        .build())
                .build());
    String accessToken = accessToken(issued, VEHICLE_SCOPE);
    assertThat(me(accessToken).statusCode()).isEqualTo(200);

    Thread.sleep(5_500);

    HttpResponse<String> expired = me(accessToken);
    assertThat(expired.statusCode()).isEqualTo(401);
    assertThat(expired.body()).contains("\"status\":401");
  }

  @Test
  void disablingTheClientStopsItsTokenAtTheNextCallAndIssuesNoNewOne() throws Exception {
    OAuthClients.Issued issued = register(VEHICLE_SCOPE);
    String accessToken = accessToken(issued, VEHICLE_SCOPE);
    assertThat(me(accessToken).statusCode()).isEqualTo(200);

    clients.disable(issued.clientId(), "test");

    assertThat(me(accessToken).statusCode()).isEqualTo(401);
    assertThat(token(issued, VEHICLE_SCOPE).statusCode()).isEqualTo(401);
  }

  @Test
  void aRotatedSecretReplacesTheOldOneAtOnce() throws Exception {
    OAuthClients.Issued issued = register(VEHICLE_SCOPE);

    String secret = clients.rotateSecret(issued.clientId(), "test");

    assertThat(secret).isNotEqualTo(issued.secret()).startsWith(OAuthClients.SECRET_PREFIX);
    assertThat(token(issued, VEHICLE_SCOPE).statusCode()).isEqualTo(401);
    assertThat(
            token(new OAuthClients.Issued(issued.clientId(), secret), VEHICLE_SCOPE).statusCode())
        .isEqualTo(200);
  }

  @Test
  void theStaticServiceTokensStillWorkNextToTheJwts() throws Exception {
    String token =
        serviceAccounts
            .create("静态令牌-" + UUID.randomUUID(), "成都市公安局", Set.of(VEHICLE_SCOPE), "test")
            .token();

    assertThat(deliverVehicles(token, UUID.randomUUID().toString()).statusCode()).isEqualTo(201);
  }

  @Autowired cn.minzheng.platform.apiaccess.ServiceAccounts serviceAccounts;
  @Autowired ExpiredAuthorizations expired;

  @Test
  void authorizationsExpiredMoreThanAnHourAgoAreForgottenTheOthersKept() throws Exception {
    OAuthClients.Issued issued = register(VEHICLE_SCOPE);
    String old = accessToken(issued, VEHICLE_SCOPE);
    String justExpired = accessToken(issued, VEHICLE_SCOPE);
    String live = accessToken(issued, VEHICLE_SCOPE);
    backdateExpiry(old, Duration.ofHours(1).plusSeconds(5));
    backdateExpiry(justExpired, Duration.ofHours(1).minusSeconds(60));

    expired.forget();

    assertThat(rowsFor(old)).isZero();
    assertThat(rowsFor(justExpired)).isOne();
    assertThat(rowsFor(live)).isOne();
    assertThat(me(live).statusCode()).isEqualTo(200);
  }

  private void backdateExpiry(String token, Duration ago) {
    jdbc.sql(
            "update oauth2_authorization set access_token_expires_at = now() - make_interval(secs => ?) where access_token_value = ?")
        .param(ago.toSeconds())
        .param(token)
        .update();
  }

  private long rowsFor(String token) {
    return jdbc.sql("select count(*) from oauth2_authorization where access_token_value = ?")
        .param(token)
        .query(Long.class)
        .single();
  }

  OAuthClients.Issued register(String... scopes) {
    return clients.registerDepartment(
        "gajj-" + UUID.randomUUID().toString().substring(0, 8),
        "交管局车辆登记系统",
        "成都市公安局交通管理局",
        Set.of(scopes),
        "test");
  }

  String accessToken(OAuthClients.Issued issued, String scope) throws Exception {
    HttpResponse<String> answer = token(issued, scope);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json.readTree(answer.body()).get("access_token").asString();
  }

  HttpResponse<String> token(OAuthClients.Issued issued, String scope) throws Exception {
    return DepartmentToken.request(port, issued.clientId(), issued.secret(), scope);
  }

  HttpResponse<String> me(String accessToken) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
            .header("Authorization", "Bearer " + accessToken)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> deliverVehicles(String accessToken, String idempotencyKey) throws Exception {
    String records =
        """
        {"records":[{"idNumber":"%s","date":"%s","amount":85000,"detail":"川A12345"}]}"""
            .formatted(IdNumbers.uniqueIdNumber(true), LocalDate.now().minusDays(3));
    return http.send(
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/monitoring/feeds/vehicle/batches"))
            .header("Authorization", "Bearer " + accessToken)
            .header("Idempotency-Key", idempotencyKey)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(records))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
