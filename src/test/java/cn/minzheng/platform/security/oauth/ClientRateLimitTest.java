package cn.minzheng.platform.security.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.OAuthGrants;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each client has its own bucket of calls per minute (600 by default): a client that has used it up
 * gets 429 with Retry-After and a problem detail; another client calls on undisturbed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientRateLimitTest {

  static final int CALLS_PER_MINUTE = 600;

  @LocalServerPort int port;
  @Autowired OAuthClients clients;
  @Autowired OAuthGrants grants;

  final HttpClient http = HttpClient.newHttpClient();
  final JsonMapper json = JsonMapper.builder().build();

  @Test
  void aClientOverItsLimitGets429WithRetryAfterWhileAnotherCallsOn() throws Exception {
    OAuthClients.Issued busy = register();
    OAuthClients.Issued quiet = register();
    String busyToken = accessToken(busy);
    String quietToken = accessToken(quiet);

    assertThat(me(busyToken).statusCode()).isEqualTo(200);
    // a fresh bucket holds a minute's calls (refilled at one per 100 ms: the loop takes far less)
    OAuthClients.Issued counted = register();
    int allowed = 0;
    while (allowed < 2 * CALLS_PER_MINUTE && grants.throttle(counted.clientId()).isEmpty()) {
      allowed++;
    }
    assertThat(allowed).isBetween(CALLS_PER_MINUTE, CALLS_PER_MINUTE + 2);

    // spent: the next call over HTTP is refused (drained again if a slow machine refilled one)
    HttpResponse<String> limited = null;
    for (int attempt = 0;
        attempt < 5 && (limited == null || limited.statusCode() != 429);
        attempt++) {
      while (grants.throttle(busy.clientId()).isEmpty()) {
        // spend what is left of the bucket
      }
      limited = me(busyToken);
    }
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After"))
        .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
    assertThat(limited.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json.readTree(limited.body()).get("status").asInt()).isEqualTo(429);

    assertThat(me(quietToken).statusCode()).isEqualTo(200);
  }

  private OAuthClients.Issued register() {
    return clients.registerDepartment(
        "rl-" + UUID.randomUUID().toString().substring(0, 8),
        "民政测试系统",
        "成都市民政局",
        Set.of("registry:death-report"),
        "test");
  }

  private String accessToken(OAuthClients.Issued client) throws Exception {
    return DepartmentToken.accessToken(port, client, null);
  }

  private HttpResponse<String> me(String accessToken) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
            .header("Authorization", "Bearer " + accessToken)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
