package cn.minzheng.platform;

import java.util.function.Supplier;
import org.springframework.modulith.NamedInterface;

/**
 * The one mechanism every module uses to keep records inside the caller's region subtree: the
 * record's region code against the subtree of the user's region node. Out of scope is reported as
 * "not found", never as "forbidden", so that nobody learns a record exists.
 */
@NamedInterface("security")
public interface DataScope {

  /** The current caller's filter, for list queries ({@code region_code = any(?)}). */
  RegionFilter current();

  /**
   * The filter of a given staff member (work-queue sources, which are handed the user): the same
   * rule as {@link #current()}.
   */
  RegionFilter of(StaffUser user);

  /**
   * Passes when the record's region lies inside the caller's subtree; otherwise throws {@link
   * RecordNotFoundException}.
   */
  void requireInScope(String recordRegionCode);

  boolean permits(String recordRegionCode);

  /**
   * Runs {@code work} across every region, without the database's row security (the second layer,
   * docs/security.md): only for a module's published API that is deliberately unscoped because its
   * callers apply their own rule — the registry's whole-city person look-up a marriage counter or a
   * funeral home needs, the marital status the marriage registration sets for a party from another
   * district; and a module's whole-set job that a request sets off (a subsidy month rebuilt after a
   * street's confirmation), which must see every row it replaces. Never for a module's own pages or
   * lists.
   */
  <T> T acrossRegions(Supplier<T> work);

  default void acrossRegions(Runnable work) {
    acrossRegions(
        () -> {
          work.run();
          return null;
        });
  }
}
