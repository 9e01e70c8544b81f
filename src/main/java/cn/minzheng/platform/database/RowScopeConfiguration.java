package cn.minzheng.platform.database;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wraps the application's data source so that its connections carry the request's {@link RowScope}
 * (on unless {@code minzheng.security.row-scope.enabled=false}: docs/security.md says when an
 * external database cannot have it). The migrations' own connection (the owner role) is not this
 * data source and is never scoped.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "minzheng.security.row-scope.enabled", matchIfMissing = true)
class RowScopeConfiguration {

  @Bean
  static BeanPostProcessor rowScopedDataSource() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof RowScopedDataSource)
            ? new RowScopedDataSource(dataSource)
            : bean;
      }
    };
  }
}
