package cn.minzheng.platform.security.oauth;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's OAuth2 clients (README, "Demo accounts"), created when missing: a department's system
 * with client credentials for feeds and death reports, and the city's app as a public PKCE client
 * whose callback is this machine. Demo profile only: {@link DemoClientGuard} refuses them anywhere
 * else, as their secret is published.
 */
@Component
@ConditionalOnProperty(name = "minzheng.demo.enabled", havingValue = "true")
class DemoOAuthClients implements ApplicationRunner {

  static final String CREATED_BY = "demo";

  static final String DEPARTMENT_ID = "demo-department";
  static final String DEPARTMENT_SECRET = "mzc_Demo2026DepartmentFeeds";
  static final Set<String> DEPARTMENT_SCOPES =
      Set.of(
          "monitoring:feed-vehicle",
          "monitoring:feed-property",
          "monitoring:feed-medical-settlement",
          "registry:death-report");

  static final String APP_ID = "demo-city-app";
  static final String APP_REDIRECT = "http://127.0.0.1:8765/callback";

  private static final Logger log = LoggerFactory.getLogger(DemoOAuthClients.class);

  private final OAuthClients clients;

  DemoOAuthClients(OAuthClients clients) {
    this.clients = clients;
  }

  @Override
  public void run(ApplicationArguments args) {
    int created = 0;
    if (clients.find(DEPARTMENT_ID).isEmpty()) {
      clients.registerDepartment(
          DEPARTMENT_ID,
          "演示：部门数据对接",
          "成都市公安局交通管理局（演示）",
          DEPARTMENT_SCOPES,
          CREATED_BY,
          DEPARTMENT_SECRET);
      created++;
    }
    if (clients.find(APP_ID).isEmpty()) {
      clients.registerApp(APP_ID, "演示：天府市民云", "成都市网络理政办公室（演示）", APP_REDIRECT, CREATED_BY);
      created++;
    }
    if (created > 0) {
      log.warn(
          "Created {} demo OAuth client(s) with a published secret (demo profile only)", created);
    }
  }
}
