package cn.minzheng.platform.audit;

import cn.minzheng.platform.MenuItem;
import cn.minzheng.platform.Role;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

  static final String MENU_GROUP = "安全审计";
  static final int MENU_GROUP_ORDER = 910;

  /**
   * Spring Security publishes {@code AuthorizationDeniedEvent}s only when such a bean exists (both
   * for requests and for method security). Authentication events come from Spring Boot's {@code
   * DefaultAuthenticationEventPublisher}.
   */
  @Bean
  AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
    return new SpringAuthorizationEventPublisher(publisher);
  }

  @Bean
  MenuItem auditLogMenuItem() {
    return new MenuItem(MENU_GROUP, MENU_GROUP_ORDER, "审计日志", "/audit", 10, Set.of(Role.AUDITOR));
  }

  @Bean
  MenuItem auditVerifyMenuItem() {
    return new MenuItem(
        MENU_GROUP, MENU_GROUP_ORDER, "审计链校验", "/audit/verify", 20, Set.of(Role.AUDITOR));
  }
}
