package cn.minzheng.platform.security.oauth;

import static cn.minzheng.platform.security.oauth.CityAppConsent.enc;
import static cn.minzheng.platform.security.oauth.CityAppConsent.hidden;
import static cn.minzheng.platform.security.oauth.CityAppConsent.query;
import static cn.minzheng.platform.security.oauth.CityAppConsent.randomUrlSafe;
import static cn.minzheng.platform.security.oauth.CityAppConsent.s256;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.platform.AppScope;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.platform.OAuthGrants;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.registry.RegistryFixtures;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The city's app acting for a citizen, over real HTTP: the authorization request sends the citizen
 * to the portal's own sign-in and back, the Chinese consent page records what they allow, the code
 * is exchanged only with the right PKCE verifier, the token reaches only the allowed services, and
 * the citizen's revocation in 我的信息 stops it at the next call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AuthorizationCodePkceTest {

  static final String REDIRECT = "https://app.tianfu.example/oauth/callback";

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired OAuthClients clients;
  @Autowired OAuthGrants grants;
  @Autowired RegistryFixtures registry;
  @Autowired DevelopmentCodeSender codes;
  @Autowired JdbcClient jdbc;

  @Autowired FieldCipher cipher;

  final JsonMapper json = JsonMapper.builder().build();

  /** The citizen's browser and the app's calls; one citizen per test (a new instance each). */
  CityAppConsent citizen;

  @BeforeEach
  void newBrowser() {
    citizen = new CityAppConsent(port);
  }

  @Test
  void theAppActsOnlyWithinTheConsentUntilTheCitizenRevokesIt() throws Exception {
    String clientId = "tfsmy-" + UUID.randomUUID().toString().substring(0, 8);
    clients.registerApp(clientId, "天府市民云", "成都市网络理政办公室", REDIRECT, "test");
    String phone = registeredCitizen("欧阳明");
    String verifier = randomUrlSafe(48);
    String challenge = s256(verifier);
    String state = randomUrlSafe(12);

    // 1. the app sends the citizen to the authorization endpoint: not signed in, so to the portal
    String authorize =
        "/oauth2/authorize?response_type=code&client_id="
            + clientId
            + "&redirect_uri="
            + enc(REDIRECT)
            + "&scope="
            + enc("booking messages")
            + "&state="
            + state
            + "&code_challenge="
            + challenge
            + "&code_challenge_method=S256";
    HttpResponse<String> toLogin = get(authorize);
    assertThat(toLogin.statusCode()).isEqualTo(302);
    String loginPage = location(toLogin);
    assertThat(loginPage).startsWith("/portal/login?continue=");

    // 2. the portal's own sign-in, which returns to the authorization request
    HttpResponse<String> form = get(loginPage);
    assertThat(form.body()).contains("登录后，将请您确认是否同意应用代您办理");
    HttpResponse<String> signedIn = citizen.signIn(form, phone);
    assertThat(location(signedIn)).isEqualTo(authorize);

    // 3. the consent page, in Chinese, names the app and the services in words
    HttpResponse<String> toConsent = get(location(signedIn));
    assertThat(location(toConsent)).startsWith("/oauth2/consent?");
    HttpResponse<String> consent = get(location(toConsent));
    assertThat(consent.statusCode()).isEqualTo(200);
    assertThat(consent.body())
        .contains("授权确认", "天府市民云", "成都市网络理政办公室", "预约", "消息")
        .doesNotContain(AppScope.APPLICATIONS.description());

    // 4. the citizen allows booking only (unticks messages)
    HttpResponse<String> answered = citizen.allow(clientId, consent, "booking");
    String callback = location(answered);
    assertThat(callback).startsWith(REDIRECT + "?code=");
    Map<String, String> callbackParams = query(callback);
    assertThat(callbackParams.get("state")).isEqualTo(state);
    String code = callbackParams.get("code");

    // 5. the code with a wrong verifier gets nothing
    HttpResponse<String> wrongVerifier = exchange(clientId, code, randomUrlSafe(48));
    assertThat(wrongVerifier.statusCode()).isEqualTo(400);
    assertThat(json.readTree(wrongVerifier.body()).get("error").asString())
        .isEqualTo("invalid_grant");

    // ...and, as a code is used at most once, the app starts again: silently, consent is kept
    HttpResponse<String> again =
        get(authorize.replace("scope=" + enc("booking messages"), "scope=booking"));
    Map<String, String> second = query(location(again));
    assertThat(second.get("state")).isEqualTo(state);
    HttpResponse<String> exchanged = exchange(clientId, second.get("code"), verifier);
    assertThat(exchanged.statusCode()).as(exchanged.body()).isEqualTo(200);
    JsonNode token = json.readTree(exchanged.body());
    assertThat(token.get("scope").asString()).isEqualTo("booking");
    String accessToken = token.get("access_token").asString();

    // 6. the token reaches the allowed service only
    assertThat(api(accessToken, "/api/v1/citizen/marriage/bookings").statusCode()).isEqualTo(200);
    HttpResponse<String> messages = api(accessToken, "/api/v1/citizen/messages");
    assertThat(messages.statusCode()).isEqualTo(403);
    assertThat(messages.body()).contains("消息");

    // 7. consent recorded, listed in 我的信息
    String principal = "citizen-" + accountOf(phone);
    assertThat(grants.appsAllowedBy(principal))
        .singleElement()
        .satisfies(
            allowed -> {
              assertThat(allowed.clientId()).isEqualTo(clientId);
              assertThat(allowed.scopes()).containsExactly(AppScope.BOOKING);
            });
    HttpResponse<String> me = get("/portal/me");
    assertThat(me.body()).contains("已授权的应用", "天府市民云", "取消授权");

    // 8. revoked from 我的信息: the token stops at the next call, the app is no longer listed
    HttpResponse<String> revoked =
        postForm(
            "/portal/me/apps/" + clientId + "/revoke", Map.of("_csrf", hidden(me.body(), "_csrf")));
    assertThat(location(revoked)).isEqualTo("/portal/me");
    assertThat(api(accessToken, "/api/v1/citizen/marriage/bookings").statusCode()).isEqualTo(401);
    assertThat(grants.appsAllowedBy(principal)).isEmpty();
    assertThat(get("/portal/me").body()).contains("您尚未授权任何应用代您办理");
  }

  @Test
  void theAppRefreshesWithARotatingRefreshTokenUntilTheCitizenRevokes() throws Exception {
    String clientId = "tfsmy-" + UUID.randomUUID().toString().substring(0, 8);
    clients.registerApp(clientId, "天府市民云", "成都市网络理政办公室", REDIRECT, "test");
    String phone = registeredCitizen("上官燕");
    JsonNode first = citizen.tokens(clientId, REDIRECT, phone, "booking");
    String firstRefresh = first.get("refresh_token").asString();
    assertThat(firstRefresh).isNotBlank();

    // a refresh gives a new access token and a new refresh token; the used one is spent
    HttpResponse<String> refreshed = refresh(clientId, firstRefresh);
    assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
    JsonNode second = json.readTree(refreshed.body());
    String secondRefresh = second.get("refresh_token").asString();
    assertThat(secondRefresh).isNotEqualTo(firstRefresh);
    assertThat(second.get("scope").asString()).isEqualTo("booking");
    String access = second.get("access_token").asString();
    assertThat(api(access, "/api/v1/citizen/marriage/bookings").statusCode()).isEqualTo(200);
    HttpResponse<String> replayed = refresh(clientId, firstRefresh);
    assertThat(replayed.statusCode()).isEqualTo(400);
    assertThat(json.readTree(replayed.body()).get("error").asString()).isEqualTo("invalid_grant");
    // another client cannot use the app's refresh token
    String other = "tfsmy-" + UUID.randomUUID().toString().substring(0, 8);
    clients.registerApp(other, "其他应用", "成都市网络理政办公室", REDIRECT, "test");
    assertThat(refresh(other, secondRefresh).statusCode()).isEqualTo(400);

    // revoked in 我的信息: the latest refresh token and its access token end at once
    HttpResponse<String> me = get("/portal/me");
    postForm(
        "/portal/me/apps/" + clientId + "/revoke", Map.of("_csrf", hidden(me.body(), "_csrf")));
    HttpResponse<String> afterRevoke = refresh(clientId, secondRefresh);
    assertThat(afterRevoke.statusCode()).isEqualTo(400);
    assertThat(json.readTree(afterRevoke.body()).get("error").asString())
        .isEqualTo("invalid_grant");
    assertThat(api(access, "/api/v1/citizen/marriage/bookings").statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> refresh(String clientId, String refreshToken) throws Exception {
    return citizen.app(
        "/oauth2/token",
        Map.of(
            "grant_type", "refresh_token",
            "refresh_token", refreshToken,
            "client_id", clientId));
  }

  @Test
  void aDepartmentsTokenIsNoCitizensAndACitizenAppTokenIsNoDepartments() throws Exception {
    OAuthClients.Issued department =
        clients.registerDepartment(
            "dept-" + UUID.randomUUID().toString().substring(0, 8),
            "部门系统",
            "成都市公安局",
            java.util.Set.of("monitoring:feed-vehicle"),
            "test");
    String accessToken = DepartmentToken.accessToken(port, department, null);

    assertThat(api(accessToken, "/api/v1/citizen/messages").statusCode()).isEqualTo(401);
  }

  private String registeredCitizen(String name) throws Exception {
    RegistryFixtures.Person person = registry.person(name, "510104001001");
    String phone = CityAppConsent.register(mvc, codes, name, person.idNumber());
    assertThat(accountOf(phone)).isPositive();
    return phone;
  }

  private long accountOf(String phone) {
    return jdbc.sql("select a.id from portal.citizen_account a where a.phone_idx = ?")
        .param(cipher.blindIndex(phone))
        .query(Long.class)
        .single();
  }

  private HttpResponse<String> exchange(String clientId, String code, String verifier)
      throws Exception {
    return citizen.exchange(clientId, REDIRECT, code, verifier);
  }

  private HttpResponse<String> api(String accessToken, String path) throws Exception {
    return citizen.api(accessToken, path);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return citizen.get(path);
  }

  private HttpResponse<String> postForm(String path, Map<String, String> params) throws Exception {
    return citizen.postForm(path, params);
  }

  private String location(HttpResponse<String> response) {
    return citizen.location(response);
  }
}
