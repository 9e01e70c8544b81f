package cn.minzheng.platform;

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
}
