package cn.minzheng.platform;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * One page of an API list in the API's one paging style ({@code {items, page, size, total,
 * totalPages}}, pages counted from 1), as the document's introduction describes it; the page's
 * {@link PageResult} carries the query's sort as well, which an API caller does not need back.
 */
@NamedInterface("shell")
public record ApiPage<T>(List<T> items, int page, int size, long total, int totalPages) {

  public ApiPage {
    items = List.copyOf(items);
  }

  public static <T> ApiPage<T> of(PageResult<T> result) {
    return new ApiPage<>(
        result.items(), result.page(), result.size(), result.total(), result.totalPages());
  }
}
