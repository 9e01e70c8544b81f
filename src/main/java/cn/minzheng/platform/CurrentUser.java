package cn.minzheng.platform;

import java.util.Optional;

/** The signed-in staff member of the current request, if any. */
public interface CurrentUser {

  Optional<StaffUser> staff();

  /** The staff member, or an exception when the request is not a staff request. */
  default StaffUser require() {
    return staff().orElseThrow(() -> new IllegalStateException("no staff user signed in"));
  }
}
