package cn.minzheng.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the pager fragment ({@code ${pagerLinks.page(2)}}, a model attribute): the current URL
 * with one paging parameter replaced, so that the search form's parameters survive paging and
 * sorting.
 */
@Component("pagerLinks")
public class PagerLinks {

  public String page(int page) {
    return link(current().replaceQueryParam("page", page));
  }

  public String size(int size) {
    return link(current().replaceQueryParam("size", size).replaceQueryParam("page", 1));
  }

  /** Sorts by {@code field}; a second click on the current field reverses the direction. */
  public String sort(String field, String currentSort, String currentDirection) {
    String direction = field.equals(currentSort) && "asc".equals(currentDirection) ? "desc" : "asc";
    return link(
        current()
            .replaceQueryParam("sort", field)
            .replaceQueryParam("dir", direction)
            .replaceQueryParam("page", 1));
  }

  /** The query string arrives percent-encoded from the browser; encode only what is not. */
  private static String link(UriComponentsBuilder builder) {
    try {
      return builder.build(true).toUriString();
    } catch (IllegalArgumentException notEncoded) {
      return builder.build().encode().toUriString();
    }
  }

  private static UriComponentsBuilder current() {
    HttpServletRequest request =
        ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    // Path and query only: no host taken from request headers.
    return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
  }
}
