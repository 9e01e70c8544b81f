package cn.minzheng.platform.security.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.testing.ClientSession;
import java.net.CookieManager;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A citizen who registers in the portal and lets the city's app act for them, over real HTTP: the
 * authorization request, the portal's sign-in, the consent page (every requested service allowed),
 * the code exchanged with its PKCE verifier. For tests that need an app's token, and its steps for
 * the tests of the flow itself (one citizen's browser per instance).
 */
final class CityAppConsent {

  static final String PASSWORD = "Secret2026abc";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int port;
  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  CityAppConsent(int port) {
    this.port = port;
  }

  /** A portal account of the registry person with this ID number; its phone. */
  static String register(MockMvc mvc, DevelopmentCodeSender codes, String name, String idNumber)
      throws Exception {
    String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    ClientSession session =
        new ClientSession("10.8." + ThreadLocalRandom.current().nextInt(1, 255) + ".9");
    session.perform(mvc, post("/portal/register/code").with(csrf()).param("phone", phone));
    session.perform(
        mvc,
        post("/portal/register")
            .with(csrf())
            .param("name", name)
            .param("idNumber", idNumber)
            .param("password", PASSWORD)
            .param("passwordConfirmation", PASSWORD)
            .param("code", codes.latestCodeFor(phone).orElseThrow())
            .param("consent", "true")
            .param("sensitiveConsent", "true"));
    return phone;
  }

  /** The app's access token after the citizen signed in and allowed {@code scopes}. */
  String accessToken(String clientId, String redirect, String phone, String scopes)
      throws Exception {
    return tokens(clientId, redirect, phone, scopes).get("access_token").asString();
  }

  /**
   * The token response (access and refresh token, scope) after the citizen signed in and allowed
   * {@code scopes}.
   */
  JsonNode tokens(String clientId, String redirect, String phone, String scopes) throws Exception {
    String verifier = randomUrlSafe(48);
    String authorize =
        "/oauth2/authorize?response_type=code&client_id="
            + clientId
            + "&redirect_uri="
            + enc(redirect)
            + "&scope="
            + enc(scopes)
            + "&state=s&code_challenge="
            + s256(verifier)
            + "&code_challenge_method=S256";
    HttpResponse<String> consent =
        get(location(get(location(signIn(get(location(get(authorize))), phone)))));
    String code = query(location(allow(clientId, consent, scopes.split(" ")))).get("code");
    HttpResponse<String> token = exchange(clientId, redirect, code, verifier);
    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    return JSON.readTree(token.body());
  }

  /** The portal's sign-in form answered with the citizen's phone and password. */
  HttpResponse<String> signIn(HttpResponse<String> form, String phone) throws Exception {
    return postForm(
        "/portal/login",
        Map.of(
            "username",
            phone,
            "password",
            PASSWORD,
            "continue",
            hidden(form.body(), "continue"),
            "_csrf",
            hidden(form.body(), "_csrf")));
  }

  /** The consent page answered allowing {@code scopes} (the others unticked). */
  HttpResponse<String> allow(String clientId, HttpResponse<String> consent, String... scopes)
      throws Exception {
    StringBuilder allow =
        new StringBuilder("client_id=" + enc(clientId))
            .append("&state=")
            .append(enc(hidden(consent.body(), "state")));
    for (String scope : scopes) {
      allow.append("&scope=").append(enc(scope));
    }
    return browser.send(
        HttpRequest.newBuilder(uri("/oauth2/authorize"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(allow.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The app exchanging {@code code} with {@code verifier} (a call of its own, no cookies). */
  HttpResponse<String> exchange(String clientId, String redirect, String code, String verifier)
      throws Exception {
    return app(
        "/oauth2/token",
        Map.of(
            "grant_type", "authorization_code",
            "code", code,
            "redirect_uri", redirect,
            "client_id", clientId,
            "code_verifier", verifier));
  }

  /** The app posting a form to {@code path} (a call of its own, no cookies). */
  HttpResponse<String> app(String path, Map<String, String> params) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(params)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** The app calling the API with {@code accessToken}. */
  HttpResponse<String> api(String accessToken, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + accessToken)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** The citizen's browser (cookies kept, redirects not followed). */
  HttpResponse<String> get(String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postForm(String path, Map<String, String> params) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(params)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** The redirect target, relative to this server when it is one of its own pages. */
  String location(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    String location = response.headers().firstValue("Location").orElseThrow();
    String self = "http://127.0.0.1:" + port;
    return location.startsWith(self) ? location.substring(self.length()) : location;
  }

  static String hidden(String html, String name) {
    Matcher m =
        Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
            .matcher(html);
    assertThat(m.find()).as("hidden field " + name).isTrue();
    return org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1));
  }

  static Map<String, String> query(String url) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return params;
  }

  private static String form(Map<String, String> params) {
    return params.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static String randomUrlSafe(int bytes) {
    byte[] raw = new byte[bytes];
    new SecureRandom().nextBytes(raw);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }

  /** RFC 7636 S256: BASE64URL(SHA-256(ASCII(code_verifier))). */
  static String s256(String verifier) throws Exception {
    byte[] hash =
        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
  }
}
