package cn.minzheng.portal;

import java.time.Instant;

/**
 * The city's real-name authentication service (全市统一实名认证服务): a live face in front of the citizen's
 * phone compared with the ID photo of the person named, for 生存认证 and any other step that must know
 * the person is there. The contract a production adapter implements — what is sent, what comes
 * back, signatures and timeouts — is in docs/face-verification.md.
 *
 * <p>The flow is a redirect: {@link #start} names the person and answers the provider's capture
 * page; the provider sends the browser back to the return path; the caller then asks {@link
 * #result} server to server. Nothing the browser brings back is trusted.
 *
 * <p>Without a configured provider there is no bean: callers take an {@code
 * ObjectProvider<FaceVerification>} and offer no face step then. The development stand-in ({@link
 * #standIn()}) is labelled on every page that offers it and refuses to start under the {@code prod}
 * profile.
 */
public interface FaceVerification {

  /**
   * Starts a verification of {@code subject}.
   *
   * @param returnPath a path of this site the provider sends the browser back to, with {@code
   *     verification=<id>} added
   */
  Started start(Subject subject, String returnPath);

  /** The provider's current answer for a verification it started; PENDING while undecided. */
  Result result(String verificationId);

  /** True only for the development stand-in, which pages must name as such. */
  default boolean standIn() {
    return false;
  }

  /**
   * The person to verify. The adapter sends the provider the name and the full ID number, which it
   * reads for this one purpose; this record carries it masked only, so that it is never logged nor
   * shown.
   */
  record Subject(long personId, String name, String maskedIdNumber) {}

  /**
   * @param captureUrl where the citizen's browser goes for the face capture (the provider's page)
   * @param expiresAt after this the provider answers EXPIRED
   */
  record Started(String verificationId, String captureUrl, Instant expiresAt) {}

  /**
   * @param reason the provider's words for a failure (光线不足, 非本人...), null when passed
   */
  record Result(String verificationId, Outcome outcome, Instant decidedAt, String reason) {}

  /** The provider's verdict. */
  enum Outcome {
    PASSED("认证通过"),
    FAILED("认证未通过"),
    PENDING("等待认证结果"),
    EXPIRED("认证已超时");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
