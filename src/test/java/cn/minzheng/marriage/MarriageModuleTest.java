package cn.minzheng.marriage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.calendar.PublicHolidayDeclared;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.testing.MigratedModules;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * Marriage starts with its direct dependencies only and closes every office on a public holiday
 * declared in the city's working calendar. The region module is included explicitly: marriage uses
 * no region bean, but the platform's data scope needs the region tree (see {@code
 * PlatformModuleTest}).
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "region")
class MarriageModuleTest {

  @Autowired JdbcClient jdbc;
  @Autowired Offices offices;

  @Test
  void startsWithItsDirectDependenciesMigrationsOnly() {
    assertThat(MigratedModules.of(jdbc))
        .isEqualTo(
            Set.of(
                "platform",
                "calendar",
                "booking",
                "region",
                "registry",
                "portal",
                "lifeevents",
                "marriage"));
  }

  @Test
  void aDeclaredPublicHolidayClosesTheOffices(Scenario scenario) {
    LocalDate day = LocalDate.of(2099, 10, 2);
    scenario
        .publish(new PublicHolidayDeclared(day, "模块测试节"))
        .andWaitForStateChange(() -> offices.isHoliday(day))
        .andVerify(holiday -> assertThat(holiday).isTrue());
  }
}
