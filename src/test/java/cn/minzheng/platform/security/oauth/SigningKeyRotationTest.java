package cn.minzheng.platform.security.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Key rotation over real HTTP: the new key is in the JWKS before it signs (10 minutes), the old one
 * keeps verifying its tokens for one token lifetime (5 minutes) after it stopped signing, and not a
 * moment longer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SigningKeyRotationTest {

  static final Duration LEAD = Duration.ofMinutes(10);
  static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

  @LocalServerPort int port;
  @Autowired SigningKeys keys;
  @Autowired OAuthClients clients;

  final HttpClient http = HttpClient.newHttpClient();
  final JsonMapper json = JsonMapper.builder().build();

  @AfterEach
  void realTimeAgain() {
    keys.useClock(Clock.systemUTC());
  }

  @Test
  void theNewKeyIsPublishedBeforeItSignsAndTheOldOneVerifiesUntilItsTokensHaveExpired()
      throws Exception {
    Instant t0 = Instant.now();
    at(t0);
    OAuthClients.Issued client = register();
    String before = accessToken(client);
    String oldKid = kid(before);

    at(t0.plusSeconds(1));
    SigningKeys.StoredKey rotated = keys.rotate();
    String newKid = rotated.key().getKeyID();
    assertThat(Duration.between(rotated.createdAt(), rotated.signsFrom())).isEqualTo(LEAD);
    Instant switchAt = rotated.signsFrom();

    // published at once, but the old key still signs until the lead time has passed
    assertThat(jwks()).contains(oldKid, newKid);
    at(switchAt.minusMillis(1));
    assertThat(kid(accessToken(client))).isEqualTo(oldKid);

    // from its signing time on, the new key signs; the old token still passes
    at(switchAt);
    String after = accessToken(client);
    assertThat(kid(after)).isEqualTo(newKid);
    assertThat(me(before)).isEqualTo(200);
    assertThat(me(after)).isEqualTo(200);

    // the last moment of the old key's last token: still published
    at(switchAt.plus(TOKEN_LIFETIME).minusMillis(1));
    assertThat(jwks()).contains(oldKid, newKid);
    assertThat(me(before)).isEqualTo(200);

    // one token lifetime after it stopped signing: gone, and with it what it signed
    at(switchAt.plus(TOKEN_LIFETIME));
    assertThat(jwks()).doesNotContain(oldKid).contains(newKid);
    assertThat(me(before)).isEqualTo(401);
    assertThat(me(after)).isEqualTo(200);
  }

  @Test
  void twoRotationsInARowPublishOneWaitingKey() {
    String first = keys.rotate().key().getKeyID();
    String second = keys.rotate().key().getKeyID();

    assertThat(second).isEqualTo(first);
  }

  private void at(Instant instant) {
    keys.useClock(Clock.fixed(instant, ZoneOffset.UTC));
  }

  private List<String> jwks() throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/jwks"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode keySet = json.readTree(answer.body());
    List<String> kids = new ArrayList<>();
    for (JsonNode key : keySet.get("keys")) {
      // public halves only
      assertThat(key.has("d")).isFalse();
      kids.add(key.get("kid").asString());
    }
    return kids;
  }

  private static String kid(String jwt) throws Exception {
    return SignedJWT.parse(jwt).getHeader().getKeyID();
  }

  private OAuthClients.Issued register() {
    return clients.registerDepartment(
        "rot-" + UUID.randomUUID().toString().substring(0, 8),
        "民政测试系统",
        "成都市民政局",
        Set.of("registry:death-report"),
        "test");
  }

  private String accessToken(OAuthClients.Issued client) throws Exception {
    return DepartmentToken.accessToken(port, client, null);
  }

  private int me(String accessToken) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                .header("Authorization", "Bearer " + accessToken)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }
}
