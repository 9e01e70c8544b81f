package cn.minzheng.platform.security.oauth;

import cn.minzheng.platform.AppScope;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.apiaccess.ServiceAccounts;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OAuth2 clients the system administrator registers: departments' systems (client credentials,
 * a secret shown once, scopes per feed or module as service accounts have them) and the city's app
 * (authorization code with PKCE, no secret, the citizen's scopes of {@link AppScope}).
 */
@Service
class OAuthClients {

  static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");
  static final String SECRET_PREFIX = "mzc_";

  enum Kind {
    DEPARTMENT("部门系统（客户端凭证）"),
    APP("城市应用（授权码 + PKCE，代群众办理）");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A client as the administration page lists it. */
  record ClientView(
      long id,
      String clientId,
      String name,
      Kind kind,
      String department,
      Set<String> scopes,
      String redirectUri,
      boolean enabled,
      Instant createdAt,
      Instant secretChangedAt) {}

  /** The client id with its secret, which exists nowhere else afterwards (null for an app). */
  record Issued(String clientId, String secret) {}

  private final JdbcClient jdbc;
  private final RegisteredClientRepository registered;
  private final PasswordEncoder passwords;
  private final AuditLog audit;
  private final OAuthProperties properties;
  private final SecureRandom random = new SecureRandom();

  OAuthClients(
      JdbcClient jdbc,
      JdbcRegisteredClients registered,
      PasswordEncoder passwords,
      AuditLog audit,
      OAuthProperties properties) {
    this.jdbc = jdbc;
    this.registered = registered.repository();
    this.passwords = passwords;
    this.audit = audit;
    this.properties = properties;
  }

  @Transactional
  Issued registerDepartment(
      String clientId, String name, String department, Set<String> scopes, String by) {
    return registerDepartment(clientId, name, department, scopes, by, newSecret());
  }

  /** With a given secret: the demo's published one ({@link DemoOAuthClients}) only. */
  @Transactional
  Issued registerDepartment(
      String clientId,
      String name,
      String department,
      Set<String> scopes,
      String by,
      String secret) {
    checkCommon(clientId, name, department);
    Set<String> sorted = new TreeSet<>(scopes);
    if (sorted.isEmpty()
        || !sorted.stream().allMatch(s -> ServiceAccounts.SCOPE.matcher(s).matches())) {
      throw new InvalidInput("scopes", "授权范围：至少一项，形如 monitoring:feed-vehicle（模块:接口），多项以逗号分隔");
    }
    registered.save(
        RegisteredClient.withId(UUID.randomUUID().toString())
            .clientId(clientId)
            .clientName(name)
            .clientSecret(passwords.encode(secret))
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
            .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
            .scopes(s -> s.addAll(sorted))
            .tokenSettings(tokenSettings())
            .build());
    insert(clientId, Kind.DEPARTMENT, department, by);
    audit.record(
        AuditEvent.success(
            "oauth.client.register",
            "oauth_client",
            clientId,
            name + " " + department + " " + String.join(",", sorted)));
    return new Issued(clientId, secret);
  }

  @Transactional
  Issued registerApp(
      String clientId, String name, String department, String redirectUri, String by) {
    checkCommon(clientId, name, department);
    if (!acceptableRedirect(redirectUri)) {
      throw new InvalidInput(
          "redirectUri", "回调地址：须为完整的 https 地址（本机测试可用 http://127.0.0.1 或 http://localhost），不含 #");
    }
    registered.save(
        RegisteredClient.withId(UUID.randomUUID().toString())
            .clientId(clientId)
            .clientName(name)
            .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
            .redirectUri(redirectUri)
            .scopes(s -> List.of(AppScope.values()).forEach(scope -> s.add(scope.value())))
            .clientSettings(
                ClientSettings.builder()
                    .requireProofKey(true)
                    .requireAuthorizationConsent(true)
                    .build())
            .tokenSettings(tokenSettings())
            .build());
    insert(clientId, Kind.APP, department, by);
    audit.record(
        AuditEvent.success(
            "oauth.client.register", "oauth_client", clientId, name + " " + department + " app"));
    return new Issued(clientId, null);
  }

  /** A new secret; the old one stops working at once. */
  @Transactional
  String rotateSecret(String clientId, String by) {
    ClientView client = find(clientId).orElseThrow(() -> new InvalidInput("clientId", "客户端不存在"));
    if (client.kind() != Kind.DEPARTMENT) {
      throw new InvalidInput("clientId", "城市应用是公开客户端，没有密钥");
    }
    RegisteredClient current = registered.findByClientId(clientId);
    String secret = newSecret();
    registered.save(
        RegisteredClient.from(current)
            .clientSecret(passwords.encode(secret))
            .clientSecretExpiresAt(null)
            .build());
    jdbc.sql("update platform.oauth_client set secret_changed_at = now() where client_id = ?")
        .param(clientId)
        .update();
    audit.record(AuditEvent.success("oauth.client.rotate-secret", "oauth_client", clientId, by));
    return secret;
  }

  /**
   * Disabled: no new token, and the tokens it holds are refused from the next call (the resource
   * side checks the client on every call).
   */
  @Transactional
  void disable(String clientId, String by) {
    int changed =
        jdbc.sql(
                """
                update platform.oauth_client set enabled = false, disabled_at = now(), disabled_by = ?
                 where client_id = ? and enabled""")
            .param(by)
            .param(clientId)
            .update();
    if (changed == 1) {
      audit.record(AuditEvent.success("oauth.client.disable", "oauth_client", clientId, null));
    }
  }

  /** Clients the demo set up, with published secrets: none may exist outside the demo. */
  long countDemo() {
    return jdbc.sql("select count(*) from platform.oauth_client where created_by = ?")
        .param(DemoOAuthClients.CREATED_BY)
        .query(Long.class)
        .single();
  }

  boolean enabled(String clientId) {
    return jdbc.sql("select enabled from platform.oauth_client where client_id = ?")
        .param(clientId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  Optional<ClientView> find(String clientId) {
    return list().stream().filter(c -> c.clientId().equals(clientId)).findFirst();
  }

  List<ClientView> list() {
    return jdbc.sql(
            """
            select o.id, o.client_id, r.client_name, o.kind, o.department, r.scopes, r.redirect_uris,
                   o.enabled, o.created_at, o.secret_changed_at
              from platform.oauth_client o
              join oauth2_registered_client r on r.client_id = o.client_id
             order by o.created_at desc, o.client_id""")
        .query(
            (rs, n) ->
                new ClientView(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    Kind.valueOf(rs.getString(4)),
                    rs.getString(5),
                    new TreeSet<>(List.of(rs.getString(6).split(","))),
                    rs.getString(7),
                    rs.getBoolean(8),
                    rs.getTimestamp(9).toInstant(),
                    rs.getTimestamp(10).toInstant()))
        .list();
  }

  private TokenSettings tokenSettings() {
    return TokenSettings.builder()
        .accessTokenTimeToLive(properties.accessTokenTtl())
        .authorizationCodeTimeToLive(properties.authorizationCodeTtl())
        // the app's refresh tokens rotate: a used one is replaced at once (AppRefreshTokens)
        .refreshTokenTimeToLive(properties.refreshTokenTtl())
        .reuseRefreshTokens(false)
        .build();
  }

  private void checkCommon(String clientId, String name, String department) {
    if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
      throw new InvalidInput("clientId", "客户端标识：3至64位小写字母、数字或连字符，以字母或数字开头");
    }
    if (name == null || name.isBlank() || name.length() > 100) {
      throw new InvalidInput("name", "名称：必填，最多100个字符");
    }
    if (department == null || department.isBlank() || department.length() > 100) {
      throw new InvalidInput("department", "所属部门：必填，最多100个字符");
    }
    if (registered.findByClientId(clientId) != null) {
      throw new InvalidInput("clientId", "客户端标识已被使用");
    }
  }

  private void insert(String clientId, Kind kind, String department, String by) {
    jdbc.sql(
            "insert into platform.oauth_client (client_id, kind, department, created_by) values (?, ?, ?, ?)")
        .param(clientId)
        .param(kind.name())
        .param(department.strip())
        .param(by)
        .update();
  }

  /** https anywhere; plain http only to this machine (a developer's or test's callback). */
  static boolean acceptableRedirect(String uri) {
    if (uri == null || uri.length() > 500 || uri.contains("#")) {
      return false;
    }
    try {
      URI parsed = new URI(uri);
      if (parsed.getHost() == null) {
        return false;
      }
      return "https".equals(parsed.getScheme())
          || ("http".equals(parsed.getScheme())
              && ("127.0.0.1".equals(parsed.getHost()) || "localhost".equals(parsed.getHost())));
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private String newSecret() {
    byte[] raw = new byte[32];
    random.nextBytes(raw);
    return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }
}
