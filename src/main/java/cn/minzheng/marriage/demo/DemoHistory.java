package cn.minzheng.marriage.demo;

import cn.minzheng.booking.Slots;
import cn.minzheng.marriage.domain.offices.SlotGenerator;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.PersonSampling;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo offices' last six months, so that the statistics pages have content: past slots from the
 * templates, appointments on them, a registration (with its certificate number) for every attended
 * marriage appointment, and registrations of registry residents whose marital status changes
 * through the registry's command. Once only (guarded by the demo registrations), in one
 * transaction.
 */
class DemoHistory {

  private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

  private final JdbcTemplate jdbc;
  private final SlotGenerator generator;
  private final Slots slots;
  private final FieldCipher cipher;
  private final PersonSampling sampling;
  private final PersonDirectory persons;
  private final PersonCommands commands;
  private final int registryMarriages;
  private final int registryDivorces;
  private final long afterPersonId;

  DemoHistory(
      JdbcTemplate jdbc,
      SlotGenerator generator,
      Slots slots,
      FieldCipher cipher,
      PersonSampling sampling,
      PersonDirectory persons,
      PersonCommands commands,
      int registryMarriages,
      int registryDivorces,
      long afterPersonId) {
    this.afterPersonId = afterPersonId;
    this.jdbc = jdbc;
    this.generator = generator;
    this.slots = slots;
    this.cipher = cipher;
    this.sampling = sampling;
    this.persons = persons;
    this.commands = commands;
    this.registryMarriages = registryMarriages;
    this.registryDivorces = registryDivorces;
  }

  /** Runs in the caller's transaction (the demo runner's). */
  void createIfMissing(LocalDate today) {
    if (Boolean.TRUE.equals(
        jdbc.queryForObject(
            "select exists (select 1 from marriage.registration where registered_by = 'demo')",
            Boolean.class))) {
      return;
    }
    LocalDate from = today.minusMonths(6);
    long t0 = System.nanoTime();
    generator.generate(from, (int) (ChronoUnit.DAYS.between(from, today) / 7));
    long t1 = System.nanoTime();
    int appointments = new PastBookings(jdbc, slots, cipher).write(from, today);
    long t2 = System.nanoTime();
    jdbc.update(
        "insert into marriage.registration (office_id, type, certificate_no, registered_on,"
            + " appointment_id, registered_by) select a.office_id, 'MARRIAGE', 'DEMO-' || a.id,"
            + " s.day, a.id, 'demo' from marriage.appointment a join booking.slot_fact s"
            + " on s.id = a.slot_id where a.code like 'DM%' and a.status = 'COMPLETED'"
            + " and a.type = 'MARRIAGE'");
    List<Long> offices =
        jdbc.queryForList(
            "select id from marriage.office where code in ('JJ', 'QY', 'JJP') order by id",
            Long.class);
    RegistryCouples couples =
        new RegistryCouples(jdbc, sampling, persons, commands, offices, afterPersonId);
    int married = couples.marry(from, today, registryMarriages);
    int divorced = couples.divorce(from, today, registryDivorces);
    long t3 = System.nanoTime();
    CertificateRun.number(jdbc);
    FollowUps.open(jdbc);
    log.info(
        "Marriage demo history: {} past appointments, {} registry marriages, {} divorces"
            + " (ms: slots {}, appointments {}, registry {}, numbers {})",
        appointments,
        married,
        divorced,
        (t1 - t0) / 1_000_000,
        (t2 - t1) / 1_000_000,
        (t3 - t2) / 1_000_000,
        (System.nanoTime() - t3) / 1_000_000);
  }
}
