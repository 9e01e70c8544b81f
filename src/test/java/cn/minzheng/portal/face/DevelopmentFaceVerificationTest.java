package cn.minzheng.portal.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.portal.FaceVerification;
import cn.minzheng.portal.FaceVerification.Outcome;
import cn.minzheng.portal.FaceVerification.Started;
import cn.minzheng.portal.FaceVerification.Subject;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

/**
 * The development stand-in of the city's face verification: it passes and fails as the tester
 * chooses, through the same interface a production adapter implements, and a Spring context with
 * the {@code prod} profile refuses to start with it.
 */
class DevelopmentFaceVerificationTest {

  private final ApplicationContextRunner contexts =
      new ApplicationContextRunner().withUserConfiguration(FaceVerificationConfiguration.class);

  @Test
  void aContextWithTheProdProfileRefusesToStartWithTheStandIn() {
    contexts
        .withPropertyValues("minzheng.portal.development-face-verification=true")
        .withInitializer(context -> context.getEnvironment().setActiveProfiles("prod"))
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(context.getStartupFailure())
                  .rootCause()
                  .isInstanceOf(IllegalStateException.class)
                  .hasMessageContaining("must not run under the prod profile");
            });
  }

  @Test
  void theDemoSwitchDoesNotGetItPastTheProdProfileEither() {
    contexts
        .withPropertyValues("minzheng.demo.enabled=true")
        .withInitializer(context -> context.getEnvironment().setActiveProfiles("demo", "prod"))
        .run(context -> assertThat(context).hasFailed());
  }

  @Test
  void withoutProdItStartsWhenAskedForAndOtherwiseThereIsNoFaceVerification() {
    contexts
        .withPropertyValues("minzheng.portal.development-face-verification=true")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(FaceVerification.class);
              assertThat(context.getBean(FaceVerification.class).standIn()).isTrue();
            });
    contexts.run(context -> assertThat(context).doesNotHaveBean(FaceVerification.class));
  }

  @Test
  void passesOrFailsAsTheTesterChoosesAndKeepsTheFirstDecision() {
    DevelopmentFaceVerification face = new DevelopmentFaceVerification(new MockEnvironment());
    Subject elder = new Subject(7L, "王秀英", "510104********1234");

    Started passing = face.start(elder, "/portal/elderly/verification/face/result");
    Started failing = face.start(elder, "/portal/elderly/verification/face/result?x=1");
    Outcome before = face.result(passing.verificationId()).outcome();
    String back = face.decide(passing.verificationId(), true).orElseThrow();
    String backWithQuery = face.decide(failing.verificationId(), false).orElseThrow();
    face.decide(passing.verificationId(), false);

    assertThat(before).isEqualTo(Outcome.PENDING);
    assertThat(face.result(passing.verificationId()).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(face.result(failing.verificationId()).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(face.result(failing.verificationId()).reason()).isNotBlank();
    assertThat(face.result("unknown").outcome()).isEqualTo(Outcome.EXPIRED);
    assertThat(back)
        .isEqualTo(
            "/portal/elderly/verification/face/result?verification=" + passing.verificationId());
    assertThat(backWithQuery).endsWith("?x=1&verification=" + failing.verificationId());
    assertThat(face.pending(passing.verificationId()).orElseThrow().maskedName()).isEqualTo("王*英");
    assertThat(passing.captureUrl()).isEqualTo("/portal/dev/face/" + passing.verificationId());
    assertThatThrownBy(() -> face.start(elder, "https://elsewhere.example/"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
