package cn.minzheng.platform;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * Looks up enabled staff accounts, for modules that bind an account to their own records (an
 * institution operator to an institution, a worker to visit tasks) and must check whom they bind.
 */
@NamedInterface("security")
public interface StaffDirectory {

  /** The enabled account with this username, as a {@link StaffUser}; empty when none. */
  Optional<StaffUser> findEnabled(String username);

  /**
   * The enabled accounts that hold one of {@code anyOf} and are bound to a node of {@code scope}:
   * the people a piece of work can be handed to (the workers of a batch of visit tasks).
   */
  List<StaffUser> enabledWithin(RegionFilter scope, Set<Role> anyOf);
}
