package cn.minzheng.registry;

import cn.minzheng.shared.IdCardNo;
import java.util.Optional;

/**
 * Read facade of the registry for other modules (portal matching, programme services).
 *
 * <p><b>Not filtered by data scope.</b> These lookups answer for the whole registry, so that a
 * citizen can be matched and a programme can check a person wherever the staff member sits. Callers
 * that show the result to a staff member must check the scope themselves, e.g. {@code
 * dataScope.requireInScope(summary.residenceRegionCode())}: the residence region (居住地) is the
 * region of a person for data scope.
 */
public interface PersonDirectory {

  /** Exact lookup through the blind index; the table is never decrypted for it. */
  Optional<PersonSummary> findByIdNumber(IdCardNo idNumber);

  Optional<PersonSummary> find(long personId);

  /** The household the person currently belongs to, with its current members. */
  Optional<HouseholdSummary> householdOf(long personId);
}
