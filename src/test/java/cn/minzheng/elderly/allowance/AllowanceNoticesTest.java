package cn.minzheng.elderly.allowance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.elderly.ElderlyTestData;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The elder hears of a check falling due (in the due month), of a suspension (the month after) and
 * of the restoration with arrears, each once however often the nightly job runs.
 */
@SpringBootTest
class AllowanceNoticesTest {

  @Autowired RegistryFixtures registry;
  @Autowired MonthlyAllowanceRun run;
  @Autowired AllowanceNotices notices;
  @Autowired ExistenceChecks checks;
  @Autowired JdbcClient jdbc;

  @Test
  void remindsWhenTheCheckIsDueNotifiesTheSuspensionAndTheRestorationOnceEach() {
    long elder =
        registry
            .person(
                ElderlyTestData.idNumberBornOn(LocalDate.of(1950, 1, 1)),
                "提醒测试",
                RegistryTestData.COMMUNITY)
            .id();
    for (int m = 1; m <= 8; m++) {
      run.run(YearMonth.of(2041, m));
    }
    // first eligible month 2041-01, every 6 months: due in 2041-07, suspended from 2041-08
    notices.dueIn(YearMonth.of(2041, 6));
    assertThat(messages(elder, "高龄津贴生存认证提醒")).isZero();
    notices.dueIn(YearMonth.of(2041, 7));
    notices.dueIn(YearMonth.of(2041, 7));
    notices.suspendedIn(YearMonth.of(2041, 8));
    notices.suspendedIn(YearMonth.of(2041, 8));
    checks.record(
        elder,
        LocalDate.of(2041, 8, 20),
        VerificationMethod.VISIT,
        new ExistenceChecks.Verifier(null, "w"),
        "走访");

    assertThat(messages(elder, "高龄津贴生存认证提醒")).isEqualTo(1);
    assertThat(messages(elder, "高龄津贴暂停发放通知")).isEqualTo(1);
    assertThat(messages(elder, "高龄津贴恢复发放")).isEqualTo(1);
  }

  private long messages(long person, String subject) {
    return jdbc.sql(
            "select count(*) from portal.citizen_message where person_id = ? and subject = ?")
        .params(person, subject)
        .query(Long.class)
        .single();
  }
}
