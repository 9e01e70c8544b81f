package cn.minzheng.shared;

import org.jspecify.annotations.Nullable;

/**
 * What a list's search box typed, as a SQL {@code like} pattern that finds it anywhere: {@code %},
 * {@code _} and {@code \} typed by the user are escaped (PostgreSQL's default escape character is
 * the backslash), so "10%" finds "10%" and not everything. Null when nothing was typed, for a query
 * written {@code (cast(:words as text) is null or name like :words)}.
 */
public final class LikePattern {

  private LikePattern() {}

  public static @Nullable String containing(@Nullable String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    return "%" + typed.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
