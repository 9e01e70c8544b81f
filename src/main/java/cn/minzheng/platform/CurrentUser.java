package cn.minzheng.platform;

import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/** The signed-in staff member of the current request, if any. */
@NamedInterface("security")
public interface CurrentUser {

  Optional<StaffUser> staff();

  /** The staff member, or an exception when the request is not a staff request. */
  default StaffUser require() {
    return staff().orElseThrow(() -> new IllegalStateException("no staff user signed in"));
  }
}
