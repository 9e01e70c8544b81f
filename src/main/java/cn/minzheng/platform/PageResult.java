package cn.minzheng.platform;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/** One page of rows with the total count, as the pager fragment and the API show it. */
@NamedInterface("shell")
public record PageResult<T>(List<T> items, PageQuery query, long total) {

  public PageResult {
    items = List.copyOf(items);
  }

  public int page() {
    return query.page();
  }

  public int size() {
    return query.size();
  }

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
