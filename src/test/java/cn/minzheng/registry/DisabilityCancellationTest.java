package cn.minzheng.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 残联's cancellation of a certificate: not in the future (today is the last day allowed), with a
 * reason; the disability is cleared, the history keeps the former values with the reason and the
 * date; a second cancellation finds nothing to cancel and changes nothing.
 */
@SpringBootTest
class DisabilityCancellationTest {

  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands commands;
  @Autowired JdbcClient jdbc;

  @Test
  void notInTheFutureNotWithoutAReasonAndOnceOnly() {
    long person =
        registry
            .disabledPerson(
                "注销校验",
                RegistryTestData.COMMUNITY,
                DisabilityCategory.VISUAL,
                2,
                LocalDate.of(2020, 1, 10))
            .id();
    LocalDate today = ChinaTime.today();

    assertThatThrownBy(
            () -> commands.cancelDisabilityCertificate(person, today.plusDays(1), "残联注销"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("注销日期不能晚于今天");
    assertThatThrownBy(() -> commands.cancelDisabilityCertificate(person, today, "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("请填写注销原因");
    assertThat(category(person)).isEqualTo("VISUAL");

    commands.cancelDisabilityCertificate(person, today, "残联注销残疾人证");
    commands.cancelDisabilityCertificate(person, today, "残联注销残疾人证");

    assertThat(category(person)).isNull();
    assertThat(
            jdbc.sql(
                    "select reason from registry.person_history where person_id = ?"
                        + " and change_kind = 'DISABILITY_CANCELLED'")
                .param(person)
                .query(String.class)
                .list())
        .containsExactly("残联注销残疾人证（注销日期 " + today + "）");
  }

  private String category(long person) {
    return jdbc.sql("select disability_category from registry.person where id = ?")
        .param(person)
        .query((rs, n) -> rs.getString(1))
        .list()
        .get(0);
  }
}
