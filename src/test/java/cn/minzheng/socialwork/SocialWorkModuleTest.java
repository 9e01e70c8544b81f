package cn.minzheng.socialwork;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.registry.PersonDied;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.testing.MigratedModules;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The module starts with its direct dependencies (region, registry, monitoring for visiting care,
 * cockpit for the figures, organisations for the agencies' register) and reacts to a death: the
 * worker leaves the active workforce.
 */
// monitoring's warning map draws on the place-name boundaries, which need the calendar;
// organisations pays project grants through payments' payee accounts
@ApplicationModuleTest(
    mode = BootstrapMode.DIRECT_DEPENDENCIES,
    extraIncludes = {"region", "placenames", "calendar", "payments"})
class SocialWorkModuleTest {

  static final String COMMUNITY = "510104001001";

  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;
  @Autowired cn.minzheng.socialwork.opendays.OpenDays openDays;

  @Test
  void migratesItsOwnSchemaNextToItsDependencies() {
    assertThat(MigratedModules.of(jdbc)).contains("socialwork", "registry", "region", "booking");
  }

  @Test
  void aWorkerWhoDiedIsNoLongerActive(Scenario scenario) {
    Person person = registry.person("模块社工", COMMUNITY);
    jdbc.sql(
            """
            insert into socialwork.social_worker (person_id, region_code, level, certificate_number,
              certificate_year, created_by) values (?, ?, 'ASSISTANT', ?, 2020, 'test')""")
        .params(person.id(), COMMUNITY, SocialWorkTestData.certificateNumber())
        .update();
    scenario
        .publish(new PersonDied(person.id(), LocalDate.of(2026, 3, 1), COMMUNITY))
        .andWaitForStateChange(
            () ->
                jdbc.sql("select active from socialwork.social_worker where person_id = ?")
                    .param(person.id())
                    .query(Boolean.class)
                    .single(),
            active -> !active)
        .andVerify(active -> assertThat(active).isFalse());
  }

  @Test
  void aCitizenWhoDiedGivesBackThePlaceOfAComingOpenDay(Scenario scenario) {
    LocalDate today = cn.minzheng.shared.ChinaTime.today();
    long day =
        openDays.create(
            "510104000000",
            "模块开放日",
            "大厅",
            null,
            today.plusDays(4).toString(),
            "09:00",
            "10:00",
            "3",
            today.toString(),
            today.plusDays(3).toString(),
            "test");
    Person person = registry.person("报名后离世", COMMUNITY);
    long registration = openDays.register(day, person.id());
    scenario
        .publish(new PersonDied(person.id(), today, COMMUNITY))
        .andWaitForStateChange(
            () -> openDays.registration(registration).orElseThrow().status(),
            status -> status == cn.minzheng.socialwork.opendays.RegistrationStatus.CANCELLED)
        .andVerify(status -> assertThat(openDays.find(day).orElseThrow().free()).isEqualTo(3));
    // a second delivery finds nothing booked
    assertThat(openDays.cancelOfDeceased(person.id(), today)).isZero();
  }
}
