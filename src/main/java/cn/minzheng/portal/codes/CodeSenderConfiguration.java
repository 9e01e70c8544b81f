package cn.minzheng.portal.codes;

import cn.minzheng.platform.MenuItem;
import cn.minzheng.platform.Role;
import cn.minzheng.portal.OneTimeCodeSender;
import cn.minzheng.portal.TextMessageSender;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The development senders (one-time codes and text messages) when the demo is on ({@code
 * minzheng.demo.enabled}) or it is asked for ({@code minzheng.portal.development-code-sender}, set
 * in tests); otherwise the "unavailable" one until an SMS gateway's sender is written.
 */
@Configuration(proxyBeanMethods = false)
class CodeSenderConfiguration {

  static class DevelopmentSenderWanted extends AnyNestedCondition {
    DevelopmentSenderWanted() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnBooleanProperty("minzheng.demo.enabled")
    static class Demo {}

    @ConditionalOnBooleanProperty("minzheng.portal.development-code-sender")
    static class Asked {}
  }

  @Configuration(proxyBeanMethods = false)
  @Conditional(DevelopmentSenderWanted.class)
  static class Development {

    @Bean
    DevelopmentCodeSender developmentCodeSender() {
      return new DevelopmentCodeSender();
    }

    @Bean
    DevelopmentTextSender developmentTextSender() {
      return new DevelopmentTextSender();
    }

    @Bean
    MenuItem developmentCodesMenuItem() {
      return new MenuItem(
          "系统管理",
          100,
          "开发验证码",
          "/admin/dev-codes",
          90,
          Set.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN));
    }
  }

  static class DevelopmentSenderNotWanted extends NoneNestedConditions {
    DevelopmentSenderNotWanted() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @Conditional(DevelopmentSenderWanted.class)
    static class Wanted {}
  }

  /** Replace with the SMS gateway's sender when there is one. */
  @Bean
  @Conditional(DevelopmentSenderNotWanted.class)
  TextMessageSender noTextSender() {
    return new NoTextSender();
  }

  /** Replace with the SMS gateway's sender when there is one. */
  @Bean
  @Conditional(DevelopmentSenderNotWanted.class)
  OneTimeCodeSender unavailableCodeSender() {
    return new UnavailableCodeSender();
  }
}
