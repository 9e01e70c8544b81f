package cn.minzheng.registry.domain;

import java.util.List;

/**
 * One page of a list. {@code total} is exact up to {@link #COUNT_CAP}; beyond that {@code
 * totalCapped} is set and the page shows "10000+" (counting millions of rows for a pager is not
 * worth a sequential scan).
 */
public record PageResult<T>(List<T> content, int page, int size, long total, boolean totalCapped) {

  public static final int COUNT_CAP = 10_000;

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
