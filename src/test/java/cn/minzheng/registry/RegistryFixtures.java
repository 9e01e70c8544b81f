package cn.minzheng.registry;

import static cn.minzheng.testing.IdNumbers.uniqueIdNumber;

import cn.minzheng.platform.Role;
import cn.minzheng.registry.domain.household.HouseholdService;
import cn.minzheng.registry.domain.person.PersonForm;
import cn.minzheng.registry.domain.person.PersonQueries;
import cn.minzheng.registry.domain.person.PersonService;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The registry's test fixture for every other module's tests: persons and households made through
 * the registry's own services (validated, with history and events, as the city administrator), so
 * that other modules' tests never touch the registry's internals or tables. A change inside the
 * registry then breaks only the registry's tests and this class.
 *
 * <p>A bean of the test classpath: autowire it in a Spring test ({@code @Autowired RegistryFixtures
 * registry}). It is found by component scanning of {@code cn.minzheng.registry}, so module tests
 * that include the registry get it too.
 */
@Component
public class RegistryFixtures {

  /** Where household fixtures date their members from unless a test says otherwise. */
  public static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

  private final PersonService persons;
  private final HouseholdService households;
  private final PersonQueries queries;

  RegistryFixtures(PersonService persons, HouseholdService households, PersonQueries queries) {
    this.persons = persons;
    this.households = households;
    this.queries = queries;
  }

  /** A registered person with the ID number a test may type into a page or a feed. */
  public record Person(long id, String idNumber, String name) {}

  /** A person with a fresh, unique ID number, living in {@code residence}. */
  public Person person(String name, String residence) {
    return person(uniqueIdNumber(true), name, residence);
  }

  /** A person with the given ID number (birth date and sex are the number's). */
  public Person person(String idNumber, String name, String residence) {
    return person(idNumber, name, residence, null);
  }

  /** As {@link #person(String, String, String)}, with a marital status. */
  public Person person(String idNumber, String name, String residence, MaritalStatus marital) {
    PersonForm form = RegistryTestData.form(idNumber, name, residence);
    if (marital != null) {
      form.setMaritalStatus(marital.name());
    }
    long id = asCityAdmin(() -> persons.create(form));
    return new Person(id, idNumber, name);
  }

  /** A person whose household registration (户籍地) is {@code hukou}, possibly outside the city. */
  public Person personRegisteredIn(String name, String residence, String hukou) {
    String idNumber = uniqueIdNumber(true);
    PersonForm form = RegistryTestData.form(idNumber, name, residence);
    form.setHukouRegionCode(hukou);
    long id = asCityAdmin(() -> persons.create(form));
    return new Person(id, idNumber, name);
  }

  /**
   * A person with a disability rating (category, grade 1-4, certificate date) from the start: the
   * registry publishes {@link DisabilityRated}.
   */
  public Person disabledPerson(
      String name,
      String residence,
      DisabilityCategory category,
      int grade,
      LocalDate certificateDate) {
    String idNumber = uniqueIdNumber(true);
    PersonForm form = RegistryTestData.form(idNumber, name, residence);
    form.setDisabilityCategory(category.name());
    form.setDisabilityGrade(Integer.toString(grade));
    form.setDisabilityCertificateDate(certificateDate.toString());
    long id = asCityAdmin(() -> persons.create(form));
    return new Person(id, idNumber, name);
  }

  /** A new rating of a person (re-rating, or a rating back-dated by its certificate date). */
  public void rateDisability(
      long personId, DisabilityCategory category, int grade, LocalDate certificateDate) {
    asCityAdmin(
        () -> {
          PersonForm form = new PersonForm();
          form.setDisabilityCategory(category.name());
          form.setDisabilityGrade(Integer.toString(grade));
          form.setDisabilityCertificateDate(certificateDate.toString());
          persons.update(personId, queries.detail(personId).version(), form, true);
          return null;
        });
  }

  /** Deletes the person's disability on the staff form (the whole record saved, PUT-like). */
  public void removeDisability(long personId) {
    asCityAdmin(
        () -> {
          PersonForm form = persons.editForm(personId);
          form.setDisabilityCategory("");
          form.setDisabilityGrade("");
          form.setDisabilityCertificateDate("");
          persons.update(personId, queries.detail(personId).version(), form, false);
          return null;
        });
  }

  /** A household in {@code region} headed by {@code headPersonId} since {@code since}. */
  public long household(String region, String address, long headPersonId, LocalDate since) {
    return asCityAdmin(() -> households.create(region, address, headPersonId, since));
  }

  /** A household since {@link #SINCE}: the head and further members as spouses. */
  public long household(String region, Person head, Person... spouses) {
    long household = household(region, "测试路" + head.id() + "号", head.id(), SINCE);
    for (Person spouse : spouses) {
      addMember(household, spouse.id(), Relationship.SPOUSE, SINCE);
    }
    return household;
  }

  public void addMember(long household, long personId, Relationship relationship, LocalDate from) {
    asCityAdmin(
        () -> {
          households.addMember(household, personId, relationship, from);
          return null;
        });
  }

  public void removeMember(long household, long personId, LocalDate on, String reason) {
    asCityAdmin(
        () -> {
          households.removeMember(household, personId, on, reason);
          return null;
        });
  }

  private static <T> T asCityAdmin(java.util.function.Supplier<T> work) {
    return RegistryTestData.as(RegistryTestData.auth(RegistryTestData.CITY, Role.CITY_ADMIN), work);
  }
}
