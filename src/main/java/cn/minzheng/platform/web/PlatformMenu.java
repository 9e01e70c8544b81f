package cn.minzheng.platform.web;

import cn.minzheng.platform.MenuItem;
import cn.minzheng.platform.Role;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's own menu entries. */
@Configuration(proxyBeanMethods = false)
class PlatformMenu {

  static final String WORKBENCH = "工作台";
  static final String SECURITY = "安全管理";

  @Bean
  MenuItem workQueueMenu() {
    return new MenuItem(WORKBENCH, 0, "待办事项", "/", 0, Set.of());
  }

  @Bean
  MenuItem accountSecurityMenu() {
    return new MenuItem(WORKBENCH, 0, "账户安全", "/account/security", 90, Set.of());
  }

  @Bean
  MenuItem staffAccountsMenu() {
    return new MenuItem(SECURITY, 900, "用户管理", "/admin/accounts", 10, Set.of(Role.SECURITY_ADMIN));
  }

  @Bean
  MenuItem serviceAccountsMenu() {
    return new MenuItem(
        SECURITY, 900, "服务账号", "/admin/service-accounts", 20, Set.of(Role.SECURITY_ADMIN));
  }
}
