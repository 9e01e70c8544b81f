package cn.minzheng.platform;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * One page of a list: page number (1-based), size from a fixed whitelist, and a sort field that the
 * caller has checked against its own whitelist of column names, so that an {@code ORDER BY} is
 * never built from user input.
 */
@NamedInterface("shell")
public record PageQuery(int page, int size, String sort, boolean ascending) {

  public static final List<Integer> SIZES = List.of(10, 20, 50, 100);
  public static final int DEFAULT_SIZE = 20;

  public PageQuery {
    if (page < 1) {
      throw new IllegalArgumentException("page starts at 1");
    }
    if (!SIZES.contains(size)) {
      throw new IllegalArgumentException("page size not allowed");
    }
  }

  /**
   * Builds a page from request parameters. Unknown sizes fall back to {@link #DEFAULT_SIZE},
   * unknown sort fields to {@code defaultSort}: a tampered parameter never reaches the SQL.
   */
  public static PageQuery of(
      Integer page,
      Integer size,
      String sort,
      String direction,
      Set<String> sortWhitelist,
      String defaultSort) {
    int safePage = page == null || page < 1 ? 1 : page;
    int safeSize = size != null && SIZES.contains(size) ? size : DEFAULT_SIZE;
    String safeSort = sort != null && sortWhitelist.contains(sort) ? sort : defaultSort;
    boolean ascending = direction == null || !"desc".equals(direction.toLowerCase(Locale.ROOT));
    return new PageQuery(safePage, safeSize, safeSort, ascending);
  }

  public static PageQuery first(String defaultSort) {
    return new PageQuery(1, DEFAULT_SIZE, defaultSort, true);
  }

  public long offset() {
    return (long) (page - 1) * size;
  }

  public String direction() {
    return ascending ? "asc" : "desc";
  }

  /** {@code sort asc|desc}: safe to splice only because {@link #of} whitelisted {@code sort}. */
  public String orderBy() {
    return sort + " " + direction();
  }
}
