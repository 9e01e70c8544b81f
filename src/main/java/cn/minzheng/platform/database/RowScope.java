package cn.minzheng.platform.database;

import cn.minzheng.platform.RegionFilter;
import org.jspecify.annotations.Nullable;

/**
 * The region codes bound to the current thread for the second layer of data scope (migration
 * platform V7): set for the length of a request by a staff member whose scope is narrower than the
 * city, read by {@link RowScopedDataSource} whenever that thread takes a connection.
 */
public final class RowScope {

  /** Bound for an empty scope: a code no row carries, so that nothing is visible. */
  static final String NOTHING = "-";

  private static final ThreadLocal<@Nullable String> CODES = new ThreadLocal<>();

  private RowScope() {}

  /**
   * Binds a restricted filter to this thread until {@link #clear()}; an unrestricted one (the city)
   * binds nothing.
   */
  public static void bind(RegionFilter filter) {
    if (filter.unrestricted()) {
      CODES.remove();
    } else {
      CODES.set(filter.codes().isEmpty() ? NOTHING : String.join(",", filter.codes()));
    }
  }

  public static void clear() {
    CODES.remove();
  }

  /** The codes a connection taken now must carry, or null when nothing is bound. */
  static @Nullable String bound() {
    return CODES.get();
  }
}
