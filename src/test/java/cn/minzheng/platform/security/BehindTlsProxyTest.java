package cn.minzheng.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind the TLS-terminating reverse proxy the request reaches Tomcat over plain HTTP with {@code
 * X-Forwarded-Proto: https}: the session cookie must then be Secure and HSTS sent, and neither over
 * plain HTTP (a browser would refuse HSTS there anyway, and a Secure cookie would never come back).
 * Real HTTP, because the forwarded headers are read by Tomcat, not by MockMvc.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BehindTlsProxyTest {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<Void> login(String forwardedProto) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).GET();
    if (forwardedProto != null) {
      request.header("X-Forwarded-Proto", forwardedProto);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
  }

  private static String sessionCookie(HttpResponse<?> response) {
    List<String> cookies = response.headers().allValues("Set-Cookie");
    return cookies.stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
  }

  @Test
  void anHttpsRequestThroughTheProxyGetsASecureCookieAndHsts() throws Exception {
    HttpResponse<Void> response = login("https");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(sessionCookie(response)).contains("Secure").contains("HttpOnly");
    assertThat(response.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
  }

  @Test
  void aPlainHttpRequestGetsNeither() throws Exception {
    HttpResponse<Void> response = login(null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(sessionCookie(response)).doesNotContain("Secure");
    assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }
}
