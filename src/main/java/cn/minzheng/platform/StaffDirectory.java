package cn.minzheng.platform;

import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * Looks up an enabled staff account by its username, for modules that bind an account to their own
 * records (an institution operator to an institution) and must check whom they bind.
 */
@NamedInterface("security")
public interface StaffDirectory {

  /** The enabled account with this username, as a {@link StaffUser}; empty when none. */
  Optional<StaffUser> findEnabled(String username);
}
