package cn.minzheng.platform;

import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * The name of a person or of a household's head, for pages that hold only the id. Implemented by
 * the {@code registry} module, so that the platform's view helper stays below it in the dependency
 * order. Not filtered by data scope: a page shows a name only for a record it has already checked.
 */
@NamedInterface("shell")
public interface PersonNames {

  Optional<String> personName(long personId);

  /** The household's head's name, or empty when the household is unknown or has no head. */
  Optional<String> householdName(long householdId);
}
