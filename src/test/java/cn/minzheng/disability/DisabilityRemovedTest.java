package cn.minzheng.disability;

import static cn.minzheng.disability.SubsidyTestSupport.asStreet;
import static cn.minzheng.disability.SubsidyTestSupport.await;
import static cn.minzheng.disability.SubsidyTestSupport.paid;
import static cn.minzheng.disability.SubsidyTestSupport.rated;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.disability.subsidy.MonthlySubsidyRun;
import cn.minzheng.disability.subsidy.NewlyEligible;
import cn.minzheng.disability.subsidy.Subsidy;
import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.DisabilityRemoved;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A disability removed or a certificate cancelled (§5): the registry publishes {@link
 * DisabilityRemoved}; the subsidy is paid for the month of the removal and stops from the month
 * after, with a reason the person reads; a back-dated cancellation into an approved month is
 * recovered in a later roster, once. Care subsidy, grade 1 = 90 yuan and grade 2 = 60 yuan in 2022;
 * months 2022-08 to 2022-11 are used by no other test.
 */
@SpringBootTest
class DisabilityRemovedTest {

  static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 10);
  static final String REASON = "残联注销残疾人证";

  @Autowired RegistryFixtures registry;
  @Autowired PersonCommands personCommands;
  @Autowired MonthlySubsidyRun run;
  @Autowired NewlyEligible newlyEligible;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate tx;

  @Test
  void cancelledInSeptemberSeptemberIsStillPaidOctoberNotOnTheFirstAndTheLastDay() {
    long lastDay = disabled("九月末注销", DisabilityCategory.VISUAL, 1);
    long firstDay = disabled("九月初注销", DisabilityCategory.PHYSICAL, 1);
    run.run(Subsidy.CARE, YearMonth.of(2022, 8));
    confirm(lastDay);
    confirm(firstDay);
    run.run(Subsidy.CARE, YearMonth.of(2022, 9));
    run.run(Subsidy.CARE, YearMonth.of(2022, 10));
    assertThat(care(lastDay, "2022-10-01")).contains(new BigDecimal("90.00"));

    personCommands.cancelDisabilityCertificate(lastDay, LocalDate.of(2022, 9, 30), REASON);
    personCommands.cancelDisabilityCertificate(firstDay, LocalDate.of(2022, 9, 1), REASON);
    await(
        jdbc,
        () -> care(lastDay, "2022-10-01").isEmpty() && care(firstDay, "2022-10-01").isEmpty());

    assertThat(care(lastDay, "2022-09-01")).contains(new BigDecimal("90.00"));
    assertThat(care(firstDay, "2022-09-01")).contains(new BigDecimal("90.00"));
    assertThat(change(lastDay, "2022-10-01"))
        .isEqualTo("STOP 残疾人证已注销（2022-09-30，残联注销残疾人证），自2022年10月起停发");
    assertThat(change(firstDay, "2022-10-01"))
        .isEqualTo("STOP 残疾人证已注销（2022-09-01，残联注销残疾人证），自2022年10月起停发");
    assertThat(registryCategory(lastDay)).isEmpty();
  }

  @Test
  void aBackDatedCancellationIntoAnApprovedMonthIsRecoveredOnceAndTheDayAfterIsNot() {
    long cancelledInOctober = disabled("十月注销", DisabilityCategory.HEARING, 2);
    long cancelledOnNovemberFirst = disabled("十一月一日注销", DisabilityCategory.SPEECH, 2);
    run.run(Subsidy.CARE, YearMonth.of(2022, 10));
    confirm(cancelledInOctober);
    confirm(cancelledOnNovemberFirst);
    run.run(Subsidy.CARE, YearMonth.of(2022, 11));
    approve(YearMonth.of(2022, 11));
    assertThat(care(cancelledInOctober, "2022-11-01")).contains(new BigDecimal("60.00"));

    personCommands.cancelDisabilityCertificate(
        cancelledInOctober, LocalDate.of(2022, 10, 31), REASON);
    personCommands.cancelDisabilityCertificate(
        cancelledOnNovemberFirst, LocalDate.of(2022, 11, 1), REASON);
    await(jdbc, () -> !adjustmentLines(cancelledInOctober).isEmpty());
    await(
        jdbc, () -> rated(jdbc, cancelledOnNovemberFirst, 2) && removed(cancelledOnNovemberFirst));

    String next = YearMonth.from(ChinaTime.today()).plusMonths(1).atDay(1).toString();
    assertThat(adjustmentLines(cancelledInOctober))
        .containsExactly("2022-11-01 " + next + " -60.00 追回：残疾人证注销（2022-10-31，残联注销残疾人证）");
    assertThat(adjustmentLines(cancelledOnNovemberFirst))
        .as("cancelled on 1 November: November is still due, nothing to recover")
        .isEmpty();
    assertThat(care(cancelledInOctober, "2022-10-01")).contains(new BigDecimal("60.00"));

    tx.executeWithoutResult(
        s ->
            events.publishEvent(
                new DisabilityRemoved(
                    cancelledInOctober, "HEARING", 2, LocalDate.of(2022, 10, 31), REASON)));
    await(jdbc, () -> true);
    assertThat(adjustmentLines(cancelledInOctober)).hasSize(1);
  }

  @Test
  void aDisabilityDeletedOnTheStaffFormEndsTodayPaidThisMonthNotTheNext() {
    long person = disabled("表单删除残疾", DisabilityCategory.MENTAL, 1);
    YearMonth thisMonth = YearMonth.from(ChinaTime.today());
    assertThat(run.dueFor(Subsidy.CARE, thisMonth.plusMonths(1), person)).isPresent();

    registry.removeDisability(person);
    await(jdbc, () -> removed(person));

    assertThat(
            jdbc.sql(
                    "select certificate_date || ' ' || removed_reason from disability.rating"
                        + " where person_id = ? and removed_reason is not null")
                .param(person)
                .query(String.class)
                .single())
        .isEqualTo(ChinaTime.today() + " 户籍人员信息中删除残疾信息");
    assertThat(run.dueFor(Subsidy.CARE, thisMonth, person)).isPresent();
    assertThat(run.dueFor(Subsidy.CARE, thisMonth.plusMonths(1), person)).isEmpty();
    assertThat(registryCategory(person)).isEmpty();
  }

  private long disabled(String name, DisabilityCategory category, int grade) {
    long id =
        registry.disabledPerson(name, RegistryTestData.COMMUNITY, category, grade, LONG_AGO).id();
    await(jdbc, () -> rated(jdbc, id, grade));
    return id;
  }

  private void confirm(long person) {
    asStreet(
        RegistryTestData.STREET,
        () -> {
          newlyEligible.confirm(person, Subsidy.CARE, "test");
          return null;
        });
  }

  private void approve(YearMonth month) {
    jdbc.sql(
            """
            insert into payments.roster (programme, month, district_code, state, made_by_id,
                   made_by, made_at, approved_by_id, approved_by, approved_at)
            values ('DISABILITY_CARE', ?, '510104000000', 'APPROVED', 1, 'maker', now(),
                    2, 'checker', now())
            on conflict do nothing""")
        .param(month.atDay(1))
        .update();
  }

  private Optional<BigDecimal> care(long person, String month) {
    return paid(jdbc, person, "DISABILITY_CARE", month);
  }

  private boolean removed(long person) {
    return jdbc.sql(
                "select count(*) from disability.rating where person_id = ?"
                    + " and removed_reason is not null")
            .param(person)
            .query(Integer.class)
            .single()
        > 0;
  }

  private String change(long person, String month) {
    return jdbc.sql(
            "select kind || ' ' || reason from disability.subsidy_change"
                + " where person_id = ? and subsidy = 'CARE' and month = cast(? as date)")
        .params(person, month)
        .query(String.class)
        .optional()
        .orElse("");
  }

  private List<String> adjustmentLines(long person) {
    return jdbc.sql(
            "select a.for_month || ' ' || a.pay_month || ' ' || a.amount || ' ' || c.reason"
                + " from payments.adjustment_fact a join disability.correction c"
                + " on c.person_id = a.person_id and c.for_month = a.for_month"
                + " and c.pay_month = a.pay_month and c.subsidy = 'CARE'"
                + " where a.person_id = ? order by a.for_month")
        .param(person)
        .query(String.class)
        .list();
  }

  private Optional<String> registryCategory(long person) {
    return jdbc.sql("select disability_category from registry.person_fact where id = ?")
        .param(person)
        .query(String.class)
        .optional()
        .filter(c -> c != null);
  }
}
