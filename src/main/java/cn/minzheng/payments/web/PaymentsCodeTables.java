package cn.minzheng.payments.web;

import cn.minzheng.payments.Programme;
import cn.minzheng.platform.CodeTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The payments module's part of the label dictionary: the programmes every module pays through. */
@Configuration(proxyBeanMethods = false)
class PaymentsCodeTables {

  @Bean
  CodeTable programmeCodes() {
    return CodeTable.ofEnum("programme", Programme.class);
  }
}
