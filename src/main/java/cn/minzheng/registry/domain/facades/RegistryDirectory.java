package cn.minzheng.registry.domain.facades;

import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.registry.HouseholdSummary;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.registry.domain.household.HouseholdStore;
import cn.minzheng.registry.domain.person.PersonMapper;
import cn.minzheng.registry.domain.person.PersonStore;
import cn.minzheng.shared.IdCardNo;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PersonDirectory}: whole-registry lookups, deliberately without data scope — the database's
 * row security included ({@link DataScope#acrossRegions}): its callers apply their own rule.
 */
@Service
@Transactional(readOnly = true)
public class RegistryDirectory implements PersonDirectory {

  private final PersonStore persons;
  private final HouseholdStore households;
  private final PersonMapper mapper;
  private final FieldCipher cipher;
  private final DataScope scope;

  RegistryDirectory(
      PersonStore persons,
      HouseholdStore households,
      PersonMapper mapper,
      FieldCipher cipher,
      DataScope scope) {
    this.persons = persons;
    this.households = households;
    this.mapper = mapper;
    this.cipher = cipher;
    this.scope = scope;
  }

  @Override
  public Optional<PersonSummary> findByIdNumber(IdCardNo idNumber) {
    return scope.acrossRegions(
        () ->
            persons
                .findByIdNumberIndex(cipher.blindIndex(idNumber.value()))
                .map(mapper::toSummary));
  }

  @Override
  public Optional<PersonSummary> find(long personId) {
    return scope.acrossRegions(() -> persons.find(personId).map(mapper::toSummary));
  }

  @Override
  public Optional<HouseholdSummary> householdOf(long personId) {
    return scope.acrossRegions(
        () -> households.currentHouseholdIdOf(personId).flatMap(this::household));
  }

  public Optional<HouseholdSummary> household(long householdId) {
    return scope.acrossRegions(() -> householdAcrossRegions(householdId));
  }

  private Optional<HouseholdSummary> householdAcrossRegions(long householdId) {
    return households
        .find(householdId)
        .map(
            h ->
                new HouseholdSummary(
                    h.id(),
                    h.number(),
                    h.regionCode(),
                    h.address(),
                    h.headPersonId(),
                    households.currentMembers(h.id())));
  }
}
