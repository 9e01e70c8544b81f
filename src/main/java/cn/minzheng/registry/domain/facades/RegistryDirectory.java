package cn.minzheng.registry.domain.facades;

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

/** {@link PersonDirectory}: whole-registry lookups, deliberately without data scope. */
@Service
@Transactional(readOnly = true)
public class RegistryDirectory implements PersonDirectory {

  private final PersonStore persons;
  private final HouseholdStore households;
  private final PersonMapper mapper;
  private final FieldCipher cipher;

  RegistryDirectory(
      PersonStore persons, HouseholdStore households, PersonMapper mapper, FieldCipher cipher) {
    this.persons = persons;
    this.households = households;
    this.mapper = mapper;
    this.cipher = cipher;
  }

  @Override
  public Optional<PersonSummary> findByIdNumber(IdCardNo idNumber) {
    return persons.findByIdNumberIndex(cipher.blindIndex(idNumber.value())).map(mapper::toSummary);
  }

  @Override
  public Optional<PersonSummary> find(long personId) {
    return persons.find(personId).map(mapper::toSummary);
  }

  @Override
  public Optional<HouseholdSummary> householdOf(long personId) {
    return households.currentHouseholdIdOf(personId).flatMap(this::household);
  }

  public Optional<HouseholdSummary> household(long householdId) {
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
