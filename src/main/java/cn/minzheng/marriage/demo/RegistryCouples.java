package cn.minzheng.marriage.demo;

import cn.minzheng.registry.HouseholdSummary.Member;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSampling;
import cn.minzheng.registry.PersonSummary;
import cn.minzheng.registry.Relationship;
import cn.minzheng.shared.Sex;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registrations of city residents over the past months: unmarried registry persons marry, married
 * couples of one household divorce (with their application 31-60 days before, as the cooling-off
 * rule wants). Their marital status changes through the registry's command, never by SQL on the
 * registry's tables.
 */
final class RegistryCouples {

  static final String SOURCE = "MARRIAGE_REGISTRATION";

  /** The anchor persons and the first generated ones are left alone (their story is documented). */
  static final long AFTER_ANCHORS = 1000;

  private final JdbcTemplate jdbc;
  private final PersonSampling sampling;
  private final PersonDirectory persons;
  private final PersonCommands commands;
  private final List<Long> offices;
  private final long afterId;
  private final SplittableRandom random = new SplittableRandom(20_260_819L);

  RegistryCouples(
      JdbcTemplate jdbc,
      PersonSampling sampling,
      PersonDirectory persons,
      PersonCommands commands,
      List<Long> offices,
      long afterId) {
    this.afterId = afterId;
    this.jdbc = jdbc;
    this.sampling = sampling;
    this.persons = persons;
    this.commands = commands;
    this.offices = offices;
  }

  /** Answers the marriages registered. */
  int marry(LocalDate from, LocalDate to, int couples) {
    // Of age on the earliest possible day: a year above the legal minimum on "to".
    List<Long> men =
        sampling.sample(Sex.MALE, MaritalStatus.UNMARRIED, 23, 40, to, afterId, couples);
    List<Long> women =
        sampling.sample(Sex.FEMALE, MaritalStatus.UNMARRIED, 21, 38, to, afterId, couples);
    int n = Math.min(men.size(), women.size());
    for (int i = 0; i < n; i++) {
      LocalDate day = workday(from, to);
      insert("MARRIAGE", day, men.get(i), women.get(i));
      commands.changeMaritalStatus(men.get(i), MaritalStatus.MARRIED, day, SOURCE);
      commands.changeMaritalStatus(women.get(i), MaritalStatus.MARRIED, day, SOURCE);
    }
    return n;
  }

  /** Answers the divorces registered. */
  int divorce(LocalDate from, LocalDate to, int couples) {
    int done = 0;
    for (long man :
        sampling.sample(Sex.MALE, MaritalStatus.MARRIED, 30, 65, to, afterId, couples * 3)) {
      Optional<Long> wife = spouse(man);
      if (wife.isEmpty()) {
        continue;
      }
      LocalDate day = workday(from, to);
      long registration = insert("DIVORCE", day, man, wife.get());
      jdbc.update(
          "insert into marriage.divorce_application (office_id, applied_on, person1_id,"
              + " person2_id, registration_id) select office_id, ?, person1_id, person2_id, id"
              + " from marriage.registration where id = ?",
          day.minusDays(random.nextInt(31, 61)),
          registration);
      commands.changeMaritalStatus(man, MaritalStatus.DIVORCED, day, SOURCE);
      commands.changeMaritalStatus(wife.get(), MaritalStatus.DIVORCED, day, SOURCE);
      if (++done == couples) {
        break;
      }
    }
    return done;
  }

  /** The married wife recorded in the same household (head and spouse), if there is one. */
  private Optional<Long> spouse(long man) {
    return persons
        .householdOf(man)
        .flatMap(
            h ->
                h.members().stream()
                    .filter(m -> m.personId() != man)
                    .filter(
                        m ->
                            m.relationship() == Relationship.SPOUSE
                                || m.relationship() == Relationship.HEAD)
                    .map(Member::personId)
                    .filter(this::marriedWoman)
                    .findFirst());
  }

  private boolean marriedWoman(long id) {
    return persons
        .find(id)
        .filter(PersonSummary::alive)
        .filter(p -> p.sex() == Sex.FEMALE && p.maritalStatus() == MaritalStatus.MARRIED)
        .isPresent();
  }

  private long insert(String type, LocalDate day, long first, long second) {
    long office = offices.get(random.nextInt(offices.size()));
    return jdbc.queryForObject(
        "insert into marriage.registration (office_id, type, certificate_no, registered_on,"
            + " person1_id, person2_id, registered_by) values (?, ?, 'DEMO-' || gen_random_uuid(),"
            + " ?, ?, ?, 'demo') returning id",
        Long.class,
        office,
        type,
        day,
        first,
        second);
  }

  private LocalDate workday(LocalDate from, LocalDate to) {
    LocalDate day = from.plusDays(random.nextLong(0, ChronoUnit.DAYS.between(from, to)));
    return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
  }
}
