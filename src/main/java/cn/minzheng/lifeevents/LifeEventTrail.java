package cn.minzheng.lifeevents;

/**
 * Where a module writes what a life event triggered in it, in the transaction of its own change.
 * Not filtered by data scope (the trail's readers are).
 */
public interface LifeEventTrail {

  /** Records the line once per {@link TrailEntry#onceKey()}; false when it was already there. */
  boolean record(TrailEntry entry);
}
