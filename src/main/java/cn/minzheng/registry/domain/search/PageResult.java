package cn.minzheng.registry.domain.search;

import java.util.List;

/**
 * One page of a list. {@code total} is exact up to {@link #COUNT_CAP}; beyond that {@code
 * totalCapped} is set and the page shows "10000+" (counting millions of rows for a pager is not
 * worth a sequential scan).
 */
public record PageResult<T>(List<T> content, int page, int size, long total, boolean totalCapped) {

  public static final int COUNT_CAP = 10_000;

  static <T> PageResult<T> empty(int page, int size) {
    return new PageResult<>(List.of(), page, size, 0, false);
  }

  /** {@code counted} comes from {@link #cappedCount}: above the cap it stands for "cap+". */
  static <T> PageResult<T> of(List<T> content, int page, int size, long counted) {
    return new PageResult<>(content, page, size, Math.min(counted, COUNT_CAP), counted > COUNT_CAP);
  }

  /** Counts the rows of {@code fromWhere} ("table alias where ...") up to one beyond the cap. */
  static String cappedCount(String fromWhere) {
    return "select count(*) from (select 1 from " + fromWhere + " limit " + (COUNT_CAP + 1) + ") t";
  }

  public int totalPages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }

  public boolean hasPrevious() {
    return page > 0;
  }
}
