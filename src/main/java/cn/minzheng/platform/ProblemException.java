package cn.minzheng.platform;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.modulith.NamedInterface;

/**
 * A refusal every module's API answers the same way: an RFC 9457 problem detail with the status, a
 * Chinese title, the Chinese message as {@code detail}, and the field or rule code concerned when
 * there is one. Modules extend it for their own refusals; platform's API handler writes it, so no
 * module keeps an advice of its own. Pages show the message as it is.
 */
@NamedInterface("problems")
public class ProblemException extends RuntimeException {

  private final HttpStatus status;
  private final String title;
  private final String field;
  private final String code;

  /**
   * @param field the input field the problem concerns, or null
   * @param code a stable rule code clients may branch on, or null
   */
  public ProblemException(
      HttpStatus status, String title, String message, String field, String code) {
    super(message);
    this.status = status;
    this.title = title;
    this.field = field;
    this.code = code;
  }

  public ProblemException(HttpStatus status, String title, String message) {
    this(status, title, message, null, null);
  }

  public HttpStatus status() {
    return status;
  }

  public String field() {
    return field;
  }

  public String code() {
    return code;
  }

  /** Further members of the problem detail (e.g. every field error); none by default. */
  protected Map<String, Object> properties() {
    return Map.of();
  }

  /** The problem detail an API answers with. */
  public final ProblemDetail toProblemDetail() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
    problem.setTitle(title);
    if (field != null) {
      problem.setProperty("field", field);
    }
    if (code != null) {
      problem.setProperty("code", code);
    }
    properties().forEach(problem::setProperty);
    return problem;
  }
}
