package cn.minzheng.registry.web;

import cn.minzheng.platform.MenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry's entries of the left menu (group 人口与家庭). */
@Configuration(proxyBeanMethods = false)
class RegistryMenu {

  static final String GROUP = "人口与家庭";
  static final int GROUP_ORDER = 20;

  @Bean
  MenuItem registryPersonsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "人员查询", "/registry/persons", 1, RegistryAccess.REGISTRY_ROLES);
  }

  @Bean
  MenuItem registryHouseholdsMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "家庭查询", "/registry/households", 2, RegistryAccess.REGISTRY_ROLES);
  }

  @Bean
  MenuItem registryImportMenu() {
    return new MenuItem(
        GROUP, GROUP_ORDER, "批量导入", "/registry/import", 3, RegistryAccess.REGISTRY_ROLES);
  }
}
