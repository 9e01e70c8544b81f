package cn.minzheng.platform.security.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A department's system asking the authorization server for a token with its client credentials
 * (RFC 6749 §4.4, the secret in HTTP Basic), over real HTTP.
 */
final class DepartmentToken {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private DepartmentToken() {}

  /** The token endpoint's answer; {@code scope} null asks for every scope the client holds. */
  static HttpResponse<String> request(
      int port, String clientId, String secret, @Nullable String scope) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    String body =
        "grant_type=client_credentials"
            + (scope == null ? "" : "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8));
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The access token of an issued client (asserting the endpoint granted one). */
  static String accessToken(int port, OAuthClients.Issued client, @Nullable String scope)
      throws Exception {
    HttpResponse<String> answer = request(port, client.clientId(), client.secret(), scope);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JsonMapper.builder().build().readTree(answer.body()).get("access_token").asString();
  }
}
