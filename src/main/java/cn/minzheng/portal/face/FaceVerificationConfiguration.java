package cn.minzheng.portal.face;

import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The development face-verification stand-in when the demo is on ({@code minzheng.demo.enabled}) or
 * it is asked for ({@code minzheng.portal.development-face-verification}, set in tests). Otherwise
 * there is no {@link cn.minzheng.portal.FaceVerification} until the adapter for the city's service
 * is written, and the portal offers no face step.
 */
@Configuration(proxyBeanMethods = false)
class FaceVerificationConfiguration {

  static class StandInWanted extends AnyNestedCondition {
    StandInWanted() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnBooleanProperty("minzheng.demo.enabled")
    static class Demo {}

    @ConditionalOnBooleanProperty("minzheng.portal.development-face-verification")
    static class Asked {}
  }

  @Bean
  @Conditional(StandInWanted.class)
  DevelopmentFaceVerification developmentFaceVerification(Environment environment) {
    return new DevelopmentFaceVerification(environment);
  }
}
