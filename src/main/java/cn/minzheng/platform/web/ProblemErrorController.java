package cn.minzheng.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Boot's error controller with two changes: non-HTML callers (the API, unknown {@code /api/v1}
 * paths, filters that sent an error) get RFC 9457 problem details in Chinese instead of Boot's own
 * JSON (HTML callers still get {@code templates/error/*.html}); and an error caused by an
 * unreachable database is 503, not 500, for pages and API alike, so callers and load balancers know
 * to retry rather than report a bug.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController extends BasicErrorController {

  private static final Map<Integer, String> TITLES =
      Map.of(
          400, "请求无效",
          401, "未认证",
          403, "无权访问",
          404, "未找到",
          405, "不支持的请求方法",
          415, "不支持的内容类型",
          413, "上传内容过大",
          429, "请求过于频繁",
          500, "服务器错误",
          503, "服务暂不可用");

  private final ErrorAttributes errorAttributes;

  ProblemErrorController(
      ErrorAttributes errorAttributes, WebProperties web, List<ErrorViewResolver> resolvers) {
    super(errorAttributes, web.getError(), resolvers);
    this.errorAttributes = errorAttributes;
  }

  /** Both the page ({@code error/503.html}) and the problem detail take their status from here. */
  @Override
  protected HttpStatus getStatus(HttpServletRequest request) {
    Throwable error = errorAttributes.getError(new ServletWebRequest(request));
    return DatabaseUnavailable.causedBy(error)
        ? HttpStatus.SERVICE_UNAVAILABLE
        : super.getStatus(request);
  }

  @Override
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    HttpStatus status = getStatus(request);
    if (status == HttpStatus.NO_CONTENT) {
      return new ResponseEntity<>(status);
    }
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", TITLES.getOrDefault(status.value(), status.getReasonPhrase()));
    problem.put("status", status.value());
    problem.put("detail", detailOf(status));
    if (status == HttpStatus.PAYLOAD_TOO_LARGE) {
      problem.put("errors", List.of(Map.of("field", "file", "message", detailOf(status))));
    }
    Object path = request.getAttribute("jakarta.servlet.error.request_uri");
    if (path != null) {
      problem.put("instance", path.toString());
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static String detailOf(HttpStatus status) {
    if (status == HttpStatus.NOT_FOUND) {
      return "请求的资源不存在。";
    }
    if (status == HttpStatus.PAYLOAD_TOO_LARGE) {
      // The multipart limit of application.yml; nothing of the request was stored.
      return "上传的文件超过 20 MB 的上限，未保存任何内容。";
    }
    if (status == HttpStatus.SERVICE_UNAVAILABLE) {
      return "服务暂不可用，请稍后再试。";
    }
    if (status.is5xxServerError()) {
      return "服务器内部错误，请稍后再试。";
    }
    return TITLES.getOrDefault(status.value(), "请求无法处理。");
  }
}
