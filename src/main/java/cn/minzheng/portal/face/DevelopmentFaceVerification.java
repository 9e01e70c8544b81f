package cn.minzheng.portal.face;

import cn.minzheng.portal.FaceVerification;
import cn.minzheng.shared.Masking;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.env.Environment;

/**
 * Development and demo only: a stand-in for the city's real-name authentication service. Its
 * "capture page" ({@code /portal/dev/face/{id}}, labelled as a simulation) lets the tester choose
 * pass or fail; nothing is compared and no image is taken. Kept in memory (one node). Refuses to be
 * created under the {@code prod} profile, whatever else is configured: a production start that
 * would accept anybody's face fails instead.
 */
public class DevelopmentFaceVerification implements FaceVerification {

  static final Duration VALIDITY = Duration.ofMinutes(10);

  /** A started verification, as the simulation page shows it. */
  public record Pending(
      String verificationId,
      String maskedName,
      String maskedIdNumber,
      String returnPath,
      Instant expiresAt,
      Outcome outcome,
      Instant decidedAt) {}

  private final Map<String, Pending> started = new ConcurrentHashMap<>();
  private final Clock clock = Clock.systemUTC();

  public DevelopmentFaceVerification(Environment environment) {
    if (environment.matchesProfiles("prod")) {
      throw new IllegalStateException(
          "Refusing to start: the development face-verification stand-in accepts any face and"
              + " must not run under the prod profile. Configure the city's real-name"
              + " authentication service (docs/face-verification.md) and switch the stand-in off"
              + " (minzheng.portal.development-face-verification, minzheng.demo.enabled).");
    }
  }

  @Override
  public boolean standIn() {
    return true;
  }

  @Override
  public Started start(Subject subject, String returnPath) {
    if (!returnPath.startsWith("/") || returnPath.startsWith("//")) {
      throw new IllegalArgumentException("returnPath must be a path of this site");
    }
    String id = UUID.randomUUID().toString();
    Instant expires = clock.instant().plus(VALIDITY);
    started.put(
        id,
        new Pending(
            id,
            Masking.publicName(subject.name()),
            subject.maskedIdNumber(),
            returnPath,
            expires,
            Outcome.PENDING,
            null));
    return new Started(id, "/portal/dev/face/" + id, expires);
  }

  @Override
  public Result result(String verificationId) {
    Pending pending = started.get(verificationId);
    if (pending == null) {
      return new Result(verificationId, Outcome.EXPIRED, clock.instant(), "无此认证记录");
    }
    if (pending.outcome() == Outcome.PENDING && !pending.expiresAt().isAfter(clock.instant())) {
      return new Result(verificationId, Outcome.EXPIRED, pending.expiresAt(), "认证已超时");
    }
    return new Result(
        verificationId,
        pending.outcome(),
        pending.decidedAt(),
        pending.outcome() == Outcome.FAILED ? "模拟：人脸比对未通过" : null);
  }

  /** The verification as the simulation page shows it; empty when unknown. */
  public Optional<Pending> pending(String verificationId) {
    return Optional.ofNullable(started.get(verificationId));
  }

  /**
   * The tester's choice on the simulation page; answers where the browser goes back to. A decided
   * or expired verification keeps its outcome.
   */
  public Optional<String> decide(String verificationId, boolean passed) {
    Instant now = clock.instant();
    Pending decided =
        started.computeIfPresent(
            verificationId,
            (id, p) ->
                p.outcome() != Outcome.PENDING || !p.expiresAt().isAfter(now)
                    ? p
                    : new Pending(
                        id,
                        p.maskedName(),
                        p.maskedIdNumber(),
                        p.returnPath(),
                        p.expiresAt(),
                        passed ? Outcome.PASSED : Outcome.FAILED,
                        now));
    return Optional.ofNullable(decided)
        .map(
            p ->
                p.returnPath()
                    + (p.returnPath().contains("?") ? "&" : "?")
                    + "verification="
                    + verificationId);
  }
}
