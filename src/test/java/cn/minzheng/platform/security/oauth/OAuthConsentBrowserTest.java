package cn.minzheng.platform.security.oauth;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.registry.RegistryFixtures;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Journey (issue 22): the city's app starts the authorization-code flow with PKCE; the citizen
 * signs in at the portal, reads the Chinese consent page with the services 预约, 申请 and 消息, and
 * approves; the app exchanges the code for a token that works; the citizen revokes the app in 我的信息
 * (confirming the dialog) and the token stops working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OAuthConsentBrowserTest extends BrowserTestSupport {

  static final String PASSWORD = "Secret2026abc";

  /** The app's own address (not reachable here): the test reads the code off the request. */
  static final String REDIRECT = "https://app.tianfu.example/oauth/callback";

  @Autowired OAuthClients clients;
  @Autowired RegistryFixtures registry;
  @Autowired DevelopmentCodeSender codes;

  final HttpClient app = HttpClient.newHttpClient();
  final JsonMapper json = JsonMapper.builder().build();

  @Test
  void theCitizenConsentsInChineseTheAppActsAndTheRevocationStopsIt() throws Exception {
    String clientId = "tfsmy-" + UUID.randomUUID().toString().substring(0, 8);
    clients.registerApp(clientId, "天府市民云", "成都市网络理政办公室", REDIRECT, "test");
    String phone = registeredAndSignedOut("欧阳清");

    String verifier = randomUrlSafe();
    page.navigate(
        "/oauth2/authorize?response_type=code&client_id="
            + clientId
            + "&redirect_uri="
            + enc(REDIRECT)
            + "&scope="
            + enc("booking applications messages")
            + "&state=journey&code_challenge="
            + s256(verifier)
            + "&code_challenge_method=S256");

    // the portal's own sign-in, which says why
    assertThat(page.getByTestId("login-for-app")).isVisible();
    page.getByTestId("login-username").fill(phone);
    page.getByTestId("login-password").fill(PASSWORD);
    page.getByTestId("login-submit").click();

    // the consent page in Chinese: the app, its department, the three services in words
    assertThat(page.locator("h1")).hasText("授权确认");
    assertThat(page.getByTestId("consent-app")).containsText("天府市民云");
    assertThat(page.getByTestId("consent-app")).containsText("成都市网络理政办公室");
    for (String service : new String[] {"预约", "申请", "消息"}) {
      assertThat(
              page.getByLabel(
                  service, new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)))
          .isChecked();
    }
    // the browser is sent to the app's address with the code (the app itself is not there)
    String callback =
        page.waitForRequest(
                request -> request.url().startsWith(REDIRECT + "?"),
                () -> page.getByTestId("consent-allow").click())
            .url();
    String code = parameter(callback, "code");
    assertThat(parameter(callback, "state")).isEqualTo("journey");
    HttpResponse<String> exchanged = exchange(clientId, code, verifier);
    assertThat(exchanged.statusCode()).as(exchanged.body()).isEqualTo(200);
    assertThat(json.readTree(exchanged.body()).get("scope").asString())
        .contains("booking", "applications", "messages");
    String token = json.readTree(exchanged.body()).get("access_token").asString();
    assertThat(api(token).statusCode()).isEqualTo(200);

    // 我的信息 › 已授权的应用: revoked after the confirmation, and the token no longer works
    page.navigate("/portal/me");
    assertThat(page.getByTestId("me-apps")).containsText("天府市民云");
    page.onceDialog(dialog -> dialog.accept());
    page.getByTestId("me-app-revoke").click();
    assertThat(page.getByTestId("me-app-revoked")).isVisible();
    assertThat(page.getByTestId("me-no-apps")).isVisible();
    assertThat(api(token).statusCode()).isEqualTo(401);
  }

  /** Registers in the portal as a resident does, then signs out: the flow signs in again. */
  private String registeredAndSignedOut(String name) {
    RegistryFixtures.Person person = registry.person(name, "510104001001");
    String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    page.navigate("/portal/register");
    page.getByTestId("register-phone").fill(phone);
    page.getByTestId("send-code").click();
    assertThat(page.getByTestId("register-masked-phone")).isVisible();
    page.getByTestId("register-code").fill(codes.latestCodeFor(phone).orElseThrow());
    page.getByTestId("register-name").fill(name);
    page.getByTestId("register-idNumber").fill(person.idNumber());
    page.getByTestId("register-password").fill(PASSWORD);
    page.getByTestId("register-passwordConfirmation").fill(PASSWORD);
    page.getByTestId("register-consent").check();
    page.getByTestId("register-sensitive-consent").check();
    page.getByTestId("register-submit").click();
    assertThat(page).hasURL(Pattern.compile(".*/portal/me.*"));
    page.getByTestId("portal-logout").click();
    assertThat(page).hasURL(Pattern.compile(".*/portal/login.*"));
    return phone;
  }

  private HttpResponse<String> exchange(String clientId, String code, String verifier)
      throws Exception {
    String form =
        "grant_type=authorization_code&code="
            + enc(code)
            + "&redirect_uri="
            + enc(REDIRECT)
            + "&client_id="
            + enc(clientId)
            + "&code_verifier="
            + enc(verifier);
    return app.send(
        HttpRequest.newBuilder(URI.create(baseUrl() + "/oauth2/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> api(String token) throws Exception {
    return app.send(
        HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/citizen/marriage/bookings"))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String parameter(String url, String name) {
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv[0].equals(name)) {
        return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no " + name + " in " + url);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String randomUrlSafe() {
    byte[] raw = new byte[48];
    new SecureRandom().nextBytes(raw);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }

  /** RFC 7636 S256: BASE64URL(SHA-256(ASCII(code_verifier))). */
  private static String s256(String verifier) throws Exception {
    byte[] hash =
        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
  }
}
