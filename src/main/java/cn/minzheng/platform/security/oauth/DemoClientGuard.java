package cn.minzheng.platform.security.oauth;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * No published client secret in production: outside the demo set-up, a database that holds a demo
 * OAuth client stops the start, as a demo staff account does (docs/security.md).
 */
@Component
class DemoClientGuard implements SmartInitializingSingleton {

  private final OAuthClients clients;
  private final boolean demoEnabled;

  DemoClientGuard(
      OAuthClients clients, @Value("${minzheng.demo.enabled:false}") boolean demoEnabled) {
    this.clients = clients;
    this.demoEnabled = demoEnabled;
  }

  @Override
  public void afterSingletonsInstantiated() {
    check(demoEnabled, demoEnabled ? 0 : clients.countDemo());
  }

  static void check(boolean demoEnabled, long demoClients) {
    if (!demoEnabled && demoClients > 0) {
      throw new IllegalStateException(
          "Refusing to start: "
              + demoClients
              + " demo OAuth client(s) with a published secret exist in the database, but the demo"
              + " profile is not active. Delete them (platform.oauth_client where created_by ="
              + " 'demo') or start with the demo profile.");
    }
  }
}
