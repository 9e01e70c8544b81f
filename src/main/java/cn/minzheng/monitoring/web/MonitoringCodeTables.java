package cn.minzheng.monitoring.web;

import cn.minzheng.monitoring.register.RegisterCategory;
import cn.minzheng.platform.CodeTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The monitoring module's part of the label dictionary: the register's categories (risk types). */
@Configuration(proxyBeanMethods = false)
class MonitoringCodeTables {

  @Bean
  CodeTable registerCategoryCodes() {
    return CodeTable.ofEnum("register-category", RegisterCategory.class);
  }
}
