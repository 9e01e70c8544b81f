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
import tools.jackson.databind.json.JsonMapper;

/**
 * A citizen who registers in the portal and lets the city's app act for them, over real HTTP: the
 * authorization request, the portal's sign-in, the consent page (every requested service allowed),
 * the code exchanged with its PKCE verifier. For tests that need an app's token, not the flow.
 */
final class CityAppConsent {

  static final String PASSWORD = "Secret2026abc";

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
            .param("code", codes.latestCodeFor(phone).orElseThrow()));
    return phone;
  }

  /** The app's access token after the citizen signed in and allowed {@code scopes}. */
  String accessToken(String clientId, String redirect, String phone, String scopes)
      throws Exception {
    byte[] raw = new byte[48];
    new SecureRandom().nextBytes(raw);
    String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    String challenge =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    String authorize =
        "/oauth2/authorize?response_type=code&client_id="
            + clientId
            + "&redirect_uri="
            + enc(redirect)
            + "&scope="
            + enc(scopes)
            + "&state=s&code_challenge="
            + challenge
            + "&code_challenge_method=S256";
    HttpResponse<String> form = get(location(get(authorize)));
    HttpResponse<String> signedIn =
        postForm(
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
    HttpResponse<String> consent = get(location(get(location(signedIn))));
    StringBuilder allow =
        new StringBuilder("client_id=" + enc(clientId))
            .append("&state=")
            .append(enc(hidden(consent.body(), "state")));
    for (String scope : scopes.split(" ")) {
      allow.append("&scope=").append(enc(scope));
    }
    HttpResponse<String> answered =
        browser.send(
            HttpRequest.newBuilder(uri("/oauth2/authorize"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(allow.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String code = query(location(answered)).get("code");
    HttpResponse<String> token =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(uri("/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            form(
                                Map.of(
                                    "grant_type", "authorization_code",
                                    "code", code,
                                    "redirect_uri", redirect,
                                    "client_id", clientId,
                                    "code_verifier", verifier))))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    return JsonMapper.builder().build().readTree(token.body()).get("access_token").asString();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postForm(String path, Map<String, String> params) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(params)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private String location(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    String location = response.headers().firstValue("Location").orElseThrow();
    String self = "http://127.0.0.1:" + port;
    return location.startsWith(self) ? location.substring(self.length()) : location;
  }

  private static String hidden(String html, String name) {
    Matcher m =
        Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
            .matcher(html);
    assertThat(m.find()).as("hidden field " + name).isTrue();
    return org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1));
  }

  private static Map<String, String> query(String url) {
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

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
