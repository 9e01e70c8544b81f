package cn.minzheng.platform;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A kind of long work whose runs {@link JobRuns} records (an import, a month run). A module
 * declares its kinds as beans, the way it declares its menu entries; the history pages list the
 * runs of the kinds the user's roles may see.
 *
 * @param code unique across modules, {@code <module>.<work>}: the owning module's name, a dot and a
 *     hyphenated name of the work (the social-assistance month run is {@code monthly-run})
 * @param label the Chinese name staff read, e.g. 人员与家庭批量导入
 * @param viewers the roles that see its runs (the roles that may start it, and those who check)
 * @param startPage the page where the work is started, linked from its history; null for the
 *     scheduler's work
 */
@NamedInterface("jobs")
public record JobKind(String code, String label, Set<Role> viewers, @Nullable String startPage) {

  public JobKind {
    viewers = Set.copyOf(viewers);
  }

  public boolean visibleTo(StaffUser user) {
    return user.roles().stream().anyMatch(viewers::contains);
  }
}
