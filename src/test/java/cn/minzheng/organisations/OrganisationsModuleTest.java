package cn.minzheng.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.organisations.credit.CreditLists;
import cn.minzheng.organisations.credit.ListTrigger;
import cn.minzheng.organisations.register.Facts;
import cn.minzheng.organisations.register.OrganisationKind;
import cn.minzheng.organisations.register.OrganisationQueries;
import cn.minzheng.organisations.register.Organisations;
import cn.minzheng.organisations.register.RegistrationLevel;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.testing.MigratedModules;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * Social organisations start with their direct dependencies only: the legal representative comes
 * from the registry's published API, the abnormal list's removal day from the calendar; payments
 * (the special-fund grants) is one of them.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class OrganisationsModuleTest {

  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;
  @Autowired Organisations organisations;
  @Autowired OrganisationQueries queries;
  @Autowired CreditLists lists;

  @Test
  void startsWithItsDirectDependenciesMigrationsOnly() {
    assertThat(MigratedModules.of(jdbc))
        .isEqualTo(
            Set.of("platform", "calendar", "region", "registry", "payments", "organisations"));
  }

  @Test
  void registersWithARegistryPersonAndCountsTheRemovalDayWithTheCalendar() {
    var person = registry.person("模块法人", RegistryTestData.COMMUNITY);
    var rep = organisations.representativeByIdNumber(person.idNumber());
    long id =
        organisations.register(
            OrganisationKind.SOCIAL_GROUP,
            OrganisationTestData.code(OrganisationKind.SOCIAL_GROUP),
            new Facts(
                "模块测试协会",
                "锦江区某路",
                RegistryTestData.COMMUNITY,
                rep.id(),
                rep.name(),
                null,
                "公益",
                null),
            RegistrationLevel.DISTRICT,
            LocalDate.of(2020, 1, 1),
            "test");
    assertThat(queries.find(id).orElseThrow().legalRepresentativeName()).isEqualTo("模块法人");

    long listing = lists.list(id, ListTrigger.UNREACHABLE, "核查", LocalDate.of(2026, 1, 5), "test");
    // 2026-02-13 (Fri) + 5 working days: 14 Feb is a worked Saturday, 15-23 Spring Festival -> 24,
    // 25, 26, 27
    assertThat(lists.verifyRectification(listing, LocalDate.of(2026, 2, 13), "test"))
        .isEqualTo(LocalDate.of(2026, 2, 27));
  }
}
