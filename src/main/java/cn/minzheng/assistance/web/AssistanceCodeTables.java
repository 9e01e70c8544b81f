package cn.minzheng.assistance.web;

import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.assistance.cases.AssistanceCase;
import cn.minzheng.assistance.cases.CaseState;
import cn.minzheng.platform.CodeTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The assistance module's part of the label dictionary (types, case states, categories). */
@Configuration(proxyBeanMethods = false)
class AssistanceCodeTables {

  @Bean
  CodeTable assistanceTypeCodes() {
    return CodeTable.ofEnum("assistance-type", AssistanceType.class);
  }

  @Bean
  CodeTable assistanceCaseStateCodes() {
    return CodeTable.ofEnum("assistance-case-state", CaseState.class);
  }

  @Bean
  CodeTable assistanceMaterialCodes() {
    return CodeTable.ofEnum("assistance-material", cn.minzheng.assistance.online.Material.class);
  }

  @Bean
  CodeTable assistanceCategoryCodes() {
    return CodeTable.ofEnum("assistance-category", AssistanceCase.Category.class);
  }
}
