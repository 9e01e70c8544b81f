package cn.minzheng.registry.domain.facades;

import cn.minzheng.platform.PersonNames;
import cn.minzheng.registry.HouseholdSummary;
import cn.minzheng.registry.PersonSummary;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Names for the platform's label dictionary: pages that hold a person's or household's id. */
@Component
class RegistryPersonNames implements PersonNames {

  private final RegistryDirectory directory;

  RegistryPersonNames(RegistryDirectory directory) {
    this.directory = directory;
  }

  @Override
  public Optional<String> personName(long personId) {
    return directory.find(personId).map(PersonSummary::name);
  }

  @Override
  public Optional<String> householdName(long householdId) {
    return directory
        .household(householdId)
        .flatMap(
            h ->
                h.members().stream()
                    .filter(m -> h.headPersonId() != null && m.personId() == h.headPersonId())
                    .findFirst()
                    .or(() -> h.members().stream().findFirst()))
        .map(HouseholdSummary.Member::name);
  }
}
