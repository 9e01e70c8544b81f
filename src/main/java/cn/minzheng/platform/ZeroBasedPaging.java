package cn.minzheng.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The API's one paging style counts {@code page} from 1 ({@link PageResult}; docs/architecture.md
 * "API conventions"). The older lists that count from 0 keep working as they are for existing
 * callers and say so on every answer: {@code Deprecation} (RFC 9745, the date the one style was
 * chosen) and a {@code Link} to the API document, where the note is. A module registers this
 * interceptor for its own such paths.
 */
@NamedInterface("api")
public final class ZeroBasedPaging implements HandlerInterceptor {

  /** 2026-12-07T00:00:00Z, when paging from 1 became the API's one style. */
  public static final String DEPRECATED_SINCE = "@1796601600";

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    response.setHeader("Deprecation", DEPRECATED_SINCE);
    response.setHeader("Link", "</api/v1/docs>; rel=\"deprecation\"");
    return true;
  }
}
