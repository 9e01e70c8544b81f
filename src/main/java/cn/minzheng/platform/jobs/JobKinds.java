package cn.minzheng.platform.jobs;

import cn.minzheng.platform.JobKind;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The kinds of long work the modules declare, by code. Read on first use, not at start-up: the
 * modules' beans that declare kinds use {@code JobRuns}, which uses this.
 */
@Component
class JobKinds {

  private final ObjectProvider<JobKind> declared;
  private volatile Map<String, JobKind> byCode;

  /** The modules' kinds; none in a test that starts the platform alone. */
  JobKinds(ObjectProvider<JobKind> declared) {
    this.declared = declared;
  }

  private Map<String, JobKind> byCode() {
    Map<String, JobKind> kinds = byCode;
    if (kinds == null) {
      kinds = new LinkedHashMap<>();
      for (JobKind kind : declared.orderedStream().toList()) {
        if (kinds.putIfAbsent(kind.code(), kind) != null) {
          throw new IllegalStateException("job kind declared twice: " + kind.code());
        }
      }
      byCode = kinds;
    }
    return kinds;
  }

  /**
   * The kind of a stored run; a code no module declares any more (a removed module's runs) stays
   * readable by the city administrator under its code.
   */
  JobKind of(String code) {
    return byCode().getOrDefault(code, new JobKind(code, code, Set.of(Role.CITY_ADMIN), null));
  }

  List<JobKind> visibleTo(StaffUser user) {
    return byCode().values().stream().filter(k -> k.visibleTo(user)).toList();
  }
}
