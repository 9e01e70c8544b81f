package cn.minzheng.platform;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * One page of rows with the total count, as the pager fragment and the API show it. The API answers
 * it in its one paging style, {@code {items, page, size, total, totalPages}} with pages counted
 * from 1 (docs/architecture.md); the query's sort and the pager's helpers stay on the server.
 */
@NamedInterface("shell")
@JsonIgnoreProperties({"query", "empty"})
public record PageResult<T>(List<T> items, PageQuery query, long total) {

  public PageResult {
    items = List.copyOf(items);
  }

  @JsonProperty
  public int page() {
    return query.page();
  }

  @JsonProperty
  public int size() {
    return query.size();
  }

  @JsonProperty
  public int totalPages() {
    return (int) Math.max(1, (total + query.size() - 1) / query.size());
  }

  public boolean hasPrevious() {
    return query.page() > 1;
  }

  public boolean hasNext() {
    return query.page() < totalPages();
  }

  /** The page numbers the pager shows: up to two either side of the current one. */
  public List<Integer> nearbyPages() {
    int from = Math.max(1, query.page() - 2);
    int to = Math.min(totalPages(), query.page() + 2);
    return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
  }

  public List<Integer> sizes() {
    return PageQuery.SIZES;
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }
}
