package cn.minzheng.elderly;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.elderly.allowance.MonthlyAllowanceRun;
import cn.minzheng.elderly.allowance.PortalExistenceCheck;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.registry.Relationship;
import cn.minzheng.shared.ChinaTime;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * A household member verifies an elder in the portal (FAMILY); a death recorded after the month
 * after death was approved is recovered by a negative adjustment in the next roster.
 */
@SpringBootTest
@EnableScenarios
class AllowanceFamilyAndRecoveryTest {

  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;
  @Autowired PortalExistenceCheck portalChecks;
  @Autowired MonthlyAllowanceRun run;
  @Autowired DevelopmentCodeSender codes;
  @Autowired FieldCipher cipher;
  @Autowired JdbcClient jdbc;

  @Test
  void aSonVerifiesHisElderlyMotherOfTheSameHousehold() {
    long son =
        registry
            .person(
                ElderlyTestData.idNumberBornOn(LocalDate.of(1975, 3, 3)),
                "儿子",
                RegistryTestData.COMMUNITY)
            .id();
    long mother =
        registry
            .person(
                ElderlyTestData.idNumberBornOn(LocalDate.of(1941, 3, 3)),
                "母亲",
                RegistryTestData.COMMUNITY)
            .id();
    long h = registry.household(RegistryTestData.COMMUNITY, "测试路2号", son, LocalDate.now());
    registry.addMember(h, mother, Relationship.PARENT, LocalDate.now());
    String phone =
        "135"
            + String.format(Locale.ROOT, "%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    long account =
        jdbc.sql(
                "insert into portal.citizen_account (person_id, phone_enc, phone_idx,"
                    + " password_hash) values (?, ?, ?, 'x') returning id")
            .params(son, cipher.encrypt(phone), cipher.blindIndex(phone))
            .query(Long.class)
            .single();
    Citizen citizen = new Citizen(account, son);

    assertThat(portalChecks.candidates(citizen))
        .extracting(PortalExistenceCheck.Candidate::personId)
        .containsExactly(mother);
    portalChecks.sendCode(citizen, mother);
    assertThat(portalChecks.confirm(citizen, mother, codes.latestCodeFor(phone).orElseThrow()))
        .isTrue();

    assertThat(
            jdbc.sql("select method from elderly.existence_verification where person_id = ?")
                .param(mother)
                .query(String.class)
                .list())
        .containsExactly("FAMILY");
  }

  @Test
  void aLateDeathRecoversTheMoneyOfAnApprovedMonthAfterTheMonthOfDeath(Scenario scenario) {
    long elder =
        registry
            .person(
                ElderlyTestData.idNumberBornOn(LocalDate.of(1939, 2, 2)),
                "追回测试",
                RegistryTestData.COMMUNITY)
            .id();
    run.run(YearMonth.of(2025, 7));
    run.run(YearMonth.of(2025, 8));
    var paidAugust =
        jdbc.sql(
                "select amount from payments.entitlement where person_id = ? and"
                    + " programme = 'GAOLING' and month = '2025-08-01'")
            .param(elder)
            .query(java.math.BigDecimal.class)
            .single();
    jdbc.sql(
            """
            insert into payments.roster (programme, month, district_code, state, made_by_id,
                   made_by, made_at, approved_by_id, approved_by, approved_at)
            values ('GAOLING', '2025-08-01', '510104000000', 'APPROVED', 1, 'maker', now(), 2,
                    'checker', now())
            on conflict do nothing""")
        .update();

    YearMonth next = YearMonth.from(ChinaTime.today()).plusMonths(1);
    scenario
        .stimulate(
            () ->
                personCommands.recordDeath(
                    elder, new DeathReport(LocalDate.of(2025, 7, 15), "STAFF", null, "测试")))
        .andWaitAtMost(Duration.ofSeconds(30))
        .andWaitForStateChange(
            () ->
                jdbc.sql(
                        "select for_month || ' ' || pay_month || ' ' || amount"
                            + " from payments.adjustment where person_id = ?")
                    .param(elder)
                    .query(String.class)
                    .list())
        .andVerify(
            adjustments ->
                assertThat(adjustments)
                    .containsExactly(
                        "2025-08-01 " + next.atDay(1) + " " + paidAugust.negate().toPlainString()));
  }
}
