package cn.minzheng.disability;

import static cn.minzheng.disability.SubsidyTestSupport.asStreet;
import static cn.minzheng.disability.SubsidyTestSupport.await;
import static cn.minzheng.disability.SubsidyTestSupport.paid;
import static cn.minzheng.disability.SubsidyTestSupport.rated;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.assistance.AssistanceEnded;
import cn.minzheng.assistance.AssistanceGranted;
import cn.minzheng.assistance.AssistanceType;
import cn.minzheng.disability.subsidy.MonthlySubsidyRun;
import cn.minzheng.disability.subsidy.NewlyEligible;
import cn.minzheng.disability.subsidy.Subsidy;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The two subsidies (docs/domain-rules.md §5) at the rule's edges: the care subsidy for grades 3
 * and 4 of intellectual and mental disability from July 2023 and never before (also when June is
 * re-run), a 2 → 3 re-rating, the month after death, the yearly amount change on 1 January (care:
 * 100/70 in 2023, +10 a year, 120/90 in 2025), the living subsidy following 低保, a back-dated rating
 * paying arrears for an approved month.
 */
@SpringBootTest
class DisabilitySubsidyTest {

  static final String STREET = RegistryTestData.STREET;
  static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 10);

  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;
  @Autowired MonthlySubsidyRun run;
  @Autowired NewlyEligible newlyEligible;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate tx;

  @Test
  void careForGrade3And4IntellectualAndMentalStartsInJuly2023AndNeverBefore() {
    long intellectual3 = disabled("智力三级", DisabilityCategory.INTELLECTUAL, 3);
    long mental4 = disabled("精神四级", DisabilityCategory.MENTAL, 4);
    long physical3 = disabled("肢体三级", DisabilityCategory.PHYSICAL, 3);
    long intellectual2 = disabled("智力二级", DisabilityCategory.INTELLECTUAL, 2);

    run.run(Subsidy.CARE, YearMonth.of(2023, 6));
    run.run(Subsidy.CARE, YearMonth.of(2023, 7));
    for (long person : List.of(intellectual3, mental4, intellectual2)) {
      confirm(person, Subsidy.CARE, STREET);
    }
    assertThat(status(physical3, Subsidy.CARE)).as("grade 3 physical is never eligible").isNull();
    run.run(Subsidy.CARE, YearMonth.of(2023, 6));

    assertThat(care(intellectual3, "2023-06-01")).isEmpty();
    assertThat(care(mental4, "2023-06-01")).isEmpty();
    assertThat(care(intellectual2, "2023-06-01")).contains(new BigDecimal("70.00"));
    assertThat(care(intellectual3, "2023-07-01")).contains(new BigDecimal("70.00"));
    assertThat(care(mental4, "2023-07-01")).contains(new BigDecimal("70.00"));
    assertThat(care(physical3, "2023-07-01")).isEmpty();
  }

  @Test
  void aReRatingFrom2To3StopsTheCareSubsidyFromTheMonthAfterTheCertificate() {
    long physical = disabled("肢体二改三", DisabilityCategory.PHYSICAL, 2);
    long intellectual = disabled("智力二改三", DisabilityCategory.INTELLECTUAL, 2);
    run.run(Subsidy.CARE, YearMonth.of(2024, 3));
    confirm(physical, Subsidy.CARE, STREET);
    confirm(intellectual, Subsidy.CARE, STREET);

    registry.rateDisability(physical, DisabilityCategory.PHYSICAL, 3, LocalDate.of(2024, 4, 30));
    registry.rateDisability(
        intellectual, DisabilityCategory.INTELLECTUAL, 3, LocalDate.of(2024, 4, 1));
    await(jdbc, () -> rated(jdbc, physical, 3) && rated(jdbc, intellectual, 3));
    run.run(Subsidy.CARE, YearMonth.of(2024, 4));
    run.run(Subsidy.CARE, YearMonth.of(2024, 5));

    assertThat(care(physical, "2024-04-01")).contains(new BigDecimal("80.00"));
    assertThat(care(physical, "2024-05-01")).isEmpty();
    assertThat(change(physical, Subsidy.CARE, "2024-05-01"))
        .startsWith("STOP 残疾评定变更为肢体残疾3级，不再符合条件，自2024年5月起停发");
    assertThat(care(intellectual, "2024-05-01"))
        .as("grade 3 intellectual stays eligible after 2023-07")
        .contains(new BigDecimal("80.00"));
    assertThat(change(intellectual, Subsidy.CARE, "2024-05-01"))
        .startsWith("CHANGE 残疾评定由智力残疾2级变更为智力残疾3级");
  }

  @Test
  void aDeathStopsBothFromTheMonthAfterDeath() {
    long person = disabled("死亡停发", DisabilityCategory.VISUAL, 1);
    run.run(Subsidy.CARE, YearMonth.of(2025, 3));
    confirm(person, Subsidy.CARE, STREET);
    run.run(Subsidy.CARE, YearMonth.of(2025, 4));
    assertThat(care(person, "2025-04-01")).isPresent();

    personCommands.recordDeath(
        person, new DeathReport(LocalDate.of(2025, 3, 31), "STAFF", null, "测试"));
    await(jdbc, () -> care(person, "2025-04-01").isEmpty());

    assertThat(care(person, "2025-03-01")).contains(new BigDecimal("120.00"));
    assertThat(change(person, Subsidy.CARE, "2025-04-01"))
        .isEqualTo("STOP 本人已死亡（2025-03-31），自2025年4月起停发");
  }

  @Test
  void theYearlyAmountChangesOnTheFirstOfJanuary() {
    long grade1 = disabled("一级跨年", DisabilityCategory.HEARING, 1);
    long grade2 = disabled("二级跨年", DisabilityCategory.SPEECH, 2);
    run.run(Subsidy.CARE, YearMonth.of(2024, 12));
    confirm(grade1, Subsidy.CARE, STREET);
    confirm(grade2, Subsidy.CARE, STREET);
    run.run(Subsidy.CARE, YearMonth.of(2025, 1));

    assertThat(care(grade1, "2024-12-01")).contains(new BigDecimal("110.00"));
    assertThat(care(grade2, "2024-12-01")).contains(new BigDecimal("80.00"));
    assertThat(care(grade1, "2025-01-01")).contains(new BigDecimal("120.00"));
    assertThat(care(grade2, "2025-01-01")).contains(new BigDecimal("90.00"));
    assertThat(change(grade1, Subsidy.CARE, "2025-01-01"))
        .isEqualTo("CHANGE 补贴标准调整，自2025年1月起每月110.00元调整为120.00元");
  }

  @Test
  void aPersonIsPaidOnlyOnceTheStreetConfirmedAndNeverWhenDeclined() {
    long confirmed = disabled("待确认", DisabilityCategory.PHYSICAL, 1);
    long declined = disabled("不予发放", DisabilityCategory.PHYSICAL, 1);
    run.run(Subsidy.CARE, YearMonth.of(2025, 6));
    assertThat(status(confirmed, Subsidy.CARE)).isEqualTo("PENDING");
    assertThat(care(confirmed, "2025-06-01")).as("not before the street confirmed").isEmpty();

    confirm(confirmed, Subsidy.CARE, STREET);
    asStreet(
        STREET,
        () -> {
          newlyEligible.decline(declined, Subsidy.CARE, "已享受同类补贴", "test");
          return null;
        });
    run.run(Subsidy.CARE, YearMonth.of(2025, 6));

    assertThat(care(confirmed, "2025-06-01")).contains(new BigDecimal("120.00"));
    assertThat(care(declined, "2025-06-01")).isEmpty();
    assertThat(change(confirmed, Subsidy.CARE, "2025-06-01")).startsWith("START 经街道确认符合条件（肢体残疾1级）");
  }

  @Test
  void anotherStreetCannotConfirmAndSeesNothing() {
    long person = disabled("他街道", DisabilityCategory.PHYSICAL, 2);
    run.run(Subsidy.CARE, YearMonth.of(2025, 7));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                asStreet(
                    "510104002000",
                    () -> {
                      newlyEligible.confirm(person, Subsidy.CARE, "other");
                      return null;
                    }))
        .isInstanceOf(cn.minzheng.platform.RecordNotFoundException.class);
    assertThat(status(person, Subsidy.CARE)).isEqualTo("PENDING");
  }

  @Test
  void theLivingSubsidyFollows低保AndStopsTheMonthAfterItEnded() {
    long person = disabled("低保残疾", DisabilityCategory.PHYSICAL, 3);
    long caseId = 900_000_000L + person;
    publish(
        new AssistanceGranted(
            caseId,
            1L,
            AssistanceType.DIBAO,
            null,
            List.of(person),
            RegistryTestData.COMMUNITY,
            YearMonth.of(2024, 6)));
    await(jdbc, () -> covered(person));
    run.run(Subsidy.LIVING, YearMonth.of(2024, 5));
    run.run(Subsidy.LIVING, YearMonth.of(2024, 6));
    confirm(person, Subsidy.LIVING, STREET);
    run.run(Subsidy.LIVING, YearMonth.of(2024, 7));
    assertThat(paid(jdbc, person, "DISABILITY_LIVING", "2024-05-01")).isEmpty();
    assertThat(paid(jdbc, person, "DISABILITY_LIVING", "2024-06-01"))
        .contains(new BigDecimal("70.00"));

    publish(
        new AssistanceEnded(
            caseId, 1L, AssistanceType.DIBAO, List.of(person), YearMonth.of(2024, 7), "停保"));
    await(jdbc, () -> !covered(person, "2024-08-01"));
    run.run(Subsidy.LIVING, YearMonth.of(2024, 8));

    assertThat(paid(jdbc, person, "DISABILITY_LIVING", "2024-07-01"))
        .contains(new BigDecimal("70.00"));
    assertThat(paid(jdbc, person, "DISABILITY_LIVING", "2024-08-01")).isEmpty();
    assertThat(change(person, Subsidy.LIVING, "2024-08-01")).isEqualTo("STOP 家庭已退出低保，自2024年8月起停发");
  }

  @Test
  void aBackDatedRatingPaysArrearsForAnApprovedMonth() {
    long person =
        registry
            .disabledPerson(
                "补评定",
                RegistryTestData.SIBLING_DISTRICT_COMMUNITY,
                DisabilityCategory.PHYSICAL,
                3,
                LONG_AGO)
            .id();
    await(jdbc, () -> rated(jdbc, person, 3));
    run.run(Subsidy.CARE, YearMonth.of(2023, 2));
    run.run(Subsidy.CARE, YearMonth.of(2023, 3));
    jdbc.sql(
            """
            insert into payments.roster (programme, month, district_code, state, made_by_id,
                   made_by, made_at, approved_by_id, approved_by, approved_at)
            values ('DISABILITY_CARE', '2023-02-01', '510105000000', 'APPROVED', 1, 'maker', now(),
                    2, 'checker', now())
            on conflict do nothing""")
        .update();

    registry.rateDisability(person, DisabilityCategory.PHYSICAL, 2, LocalDate.of(2023, 1, 10));
    await(jdbc, () -> rated(jdbc, person, 2));
    confirm(person, Subsidy.CARE, "510105001000");

    YearMonth next = YearMonth.from(ChinaTime.today()).plusMonths(1);
    assertThat(
            jdbc.sql(
                    "select for_month || ' ' || pay_month || ' ' || amount"
                        + " from payments.adjustment_fact where person_id = ?")
                .param(person)
                .query(String.class)
                .list())
        .containsExactly("2023-02-01 " + next.atDay(1) + " 70.00");
    assertThat(care(person, "2023-03-01")).contains(new BigDecimal("70.00"));
    confirmAgainChangesNothing(person);
  }

  private void confirmAgainChangesNothing(long person) {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> confirm(person, Subsidy.CARE, "510105001000"))
        .isInstanceOf(cn.minzheng.platform.InvalidInput.class);
    assertThat(
            jdbc.sql("select count(*) from payments.adjustment_fact where person_id = ?")
                .param(person)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  private long disabled(String name, DisabilityCategory category, int grade) {
    long id =
        registry.disabledPerson(name, RegistryTestData.COMMUNITY, category, grade, LONG_AGO).id();
    await(jdbc, () -> rated(jdbc, id, grade));
    return id;
  }

  private void confirm(long person, Subsidy subsidy, String street) {
    asStreet(
        street,
        () -> {
          newlyEligible.confirm(person, subsidy, "test");
          return null;
        });
  }

  private java.util.Optional<BigDecimal> care(long person, String month) {
    return paid(jdbc, person, "DISABILITY_CARE", month);
  }

  private String status(long person, Subsidy subsidy) {
    return jdbc.sql("select status from disability.recipient where person_id = ? and subsidy = ?")
        .params(person, subsidy.name())
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private String change(long person, Subsidy subsidy, String month) {
    return jdbc.sql(
            "select kind || ' ' || reason from disability.subsidy_change"
                + " where person_id = ? and subsidy = ? and month = cast(? as date)")
        .params(person, subsidy.name(), month)
        .query(String.class)
        .optional()
        .orElse("");
  }

  private boolean covered(long person) {
    return covered(person, "2024-06-01");
  }

  private boolean covered(long person, String month) {
    return jdbc.sql(
                """
                select count(*) from disability.dibao_coverage where person_id = ?
                   and from_month <= cast(? as date)
                   and (last_month is null or last_month >= cast(? as date))""")
            .params(person, month, month)
            .query(Integer.class)
            .single()
        > 0;
  }

  private void publish(Object event) {
    tx.executeWithoutResult(s -> events.publishEvent(event));
  }
}
