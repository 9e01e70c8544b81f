package cn.minzheng.marriage;

import static cn.minzheng.marriage.MarriageFixtures.adult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.marriage.domain.booking.BookingRejectedException;
import cn.minzheng.marriage.domain.divorce.DivorceApplication.State;
import cn.minzheng.marriage.domain.divorce.DivorceService;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Civil Code art. 1077: 30 days of cooling-off after the application (withdrawal possible), then 30
 * days in which both attend; afterwards the application is deemed withdrawn.
 */
@SpringBootTest
class DivorceTest {

  private static final LocalDate APPLIED = LocalDate.of(2031, 3, 1);

  @Autowired DivorceService divorces;
  @Autowired Offices offices;
  @Autowired RegistryFixtures registry;
  @Autowired PersonDirectory directory;

  private long[] personIds;

  private long apply() {
    String man = adult(true);
    String woman = adult(false);
    personIds =
        new long[] {
          registry.person(man, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.MARRIED).id(),
          registry.person(woman, "婚登测试", RegistryTestData.COMMUNITY, MaritalStatus.MARRIED).id()
        };
    long office = MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    return clerk(() -> divorces.apply(office, man, woman, APPLIED));
  }

  private static <T> T clerk(Supplier<T> work) {
    return RegistryTestData.as(
        RegistryTestData.auth(MarriageFixtures.JINJIANG, Role.STREET_CASEWORKER), work);
  }

  @Test
  void eitherPartyMayWithdrawOnThe30thDay() {
    long id = apply();
    clerk(
        () -> {
          divorces.withdraw(id, APPLIED.plusDays(30));
          return null;
        });
    assertThat(clerk(() -> divorces.find(id)).stateOn(APPLIED.plusDays(30)))
        .isEqualTo(State.WITHDRAWN);
  }

  @Test
  void withdrawalOnThe31stDayIsRefused() {
    long id = apply();
    assertThatThrownBy(
            () ->
                clerk(
                    () -> {
                      divorces.withdraw(id, APPLIED.plusDays(31));
                      return null;
                    }))
        .isInstanceOf(BookingRejectedException.class);
  }

  @Test
  void registrationOnThe30thDayIsRefusedAndOnThe31stDayDivorcesBoth() {
    long id = apply();
    assertThatThrownBy(() -> clerk(() -> divorces.register(id, APPLIED.plusDays(30))))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessageContaining("冷静期");

    String certificate = clerk(() -> divorces.register(id, APPLIED.plusDays(31))).certificateNo();

    assertThat(certificate).startsWith("L-").endsWith("-2031-000001");
    for (long personId : personIds) {
      assertThat(directory.find(personId).orElseThrow().maritalStatus())
          .isEqualTo(MaritalStatus.DIVORCED);
    }
  }

  @Test
  void registrationOnThe60thDayIsStillPossible() {
    long id = apply();
    assertThat(clerk(() -> divorces.register(id, APPLIED.plusDays(60))).certificateNo())
        .startsWith("L-");
  }

  @Test
  void onThe61stDayTheApplicationIsVoid() {
    long id = apply();
    assertThat(clerk(() -> divorces.find(id)).stateOn(APPLIED.plusDays(61))).isEqualTo(State.VOID);
    assertThatThrownBy(() -> clerk(() -> divorces.register(id, APPLIED.plusDays(61))))
        .isInstanceOf(BookingRejectedException.class)
        .hasMessageContaining("视为撤回");
    for (long personId : personIds) {
      assertThat(directory.find(personId).orElseThrow().maritalStatus())
          .isEqualTo(MaritalStatus.MARRIED);
    }
  }
}
