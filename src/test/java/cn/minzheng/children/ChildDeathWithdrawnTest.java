package cn.minzheng.children;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.children.allowance.AllowanceCases;
import cn.minzheng.children.allowance.CareType;
import cn.minzheng.children.allowance.CaseState;
import cn.minzheng.children.allowance.ChildAllowanceRun;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.DeathReport;
import cn.minzheng.registry.DeathWithdrawn;
import cn.minzheng.registry.PersonCommands;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A child's death recorded in error and withdrawn (§8): the allowance (orphan in an institution,
 * 1,800 yuan a month in 2021) stopped from the month after the death comes back — the approved
 * month the death recovered is paid back as arrears, the open month is computed again, and a month
 * approved while the child was recorded dead is paid as arrears too; the case runs again; the trail
 * shows both; the withdrawal delivered twice changes nothing.
 */
@SpringBootTest
class ChildDeathWithdrawnTest {

  static final BigDecimal INSTITUTION = new BigDecimal("1800.00");
  static final String DISTRICT = "510104000000";

  @Autowired ChildrenTestData data;
  @Autowired AllowanceCases cases;
  @Autowired ChildAllowanceRun run;
  @Autowired PersonCommands personCommands;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate tx;

  @Test
  void aWithdrawnDeathRestoresTheAllowanceWithArrearsForApprovedMonthsOnce() {
    long id =
        data.approved(
            LocalDate.of(2014, 2, 20),
            "ORPHAN",
            CareType.INSTITUTION,
            LocalDate.of(2021, 3, 1),
            ChildrenTestData.COMMUNITY);
    long sibling =
        data.approved(
            LocalDate.of(2015, 2, 20),
            "ORPHAN",
            CareType.INSTITUTION,
            LocalDate.of(2021, 3, 1),
            ChildrenTestData.COMMUNITY);
    long child = cases.get(id).childPersonId();
    run.run(YearMonth.of(2021, 5));
    run.run(YearMonth.of(2021, 6));
    run.run(YearMonth.of(2021, 7));
    approve(YearMonth.of(2021, 6));
    assertThat(paid(child, 2021, 6)).contains(INSTITUTION);

    // died on the last day of May: May stays paid, June (approved) is recovered,
    // July (open) computed again without the child
    recordDeath(child, LocalDate.of(2021, 5, 31));
    settle(() -> paid(child, 2021, 7).isEmpty() && adjustments(child, 2021, 6).signum() < 0);
    assertThat(adjustments(child, 2021, 6)).isEqualByComparingTo("-1800");
    assertThat(cases.get(id).state()).isEqualTo(CaseState.ENDED);
    // August is computed and approved while the child is recorded dead
    run.run(YearMonth.of(2021, 8));
    approve(YearMonth.of(2021, 8));
    assertThat(paid(child, 2021, 8)).isEmpty();

    withdraw(child);
    settle(() -> paid(child, 2021, 7).isPresent() && adjustments(child, 2021, 8).signum() > 0);

    var restored = cases.get(id);
    assertThat(restored.state()).isEqualTo(CaseState.APPROVED);
    assertThat(restored.stoppedFrom()).isNull();
    assertThat(paid(child, 2021, 5)).contains(INSTITUTION);
    assertThat(adjustments(child, 2021, 6)).isEqualByComparingTo("0");
    assertThat(paid(child, 2021, 7)).contains(INSTITUTION);
    assertThat(adjustments(child, 2021, 8)).isEqualByComparingTo("1800");
    assertThat(paid(cases.get(sibling).childPersonId(), 2021, 8)).contains(INSTITUTION);
    List<String> lines = adjustmentLines(child);
    assertThat(lines)
        .containsExactlyInAnyOrder(
            "2021-06-01 -1800.00", "2021-06-01 1800.00", "2021-08-01 1800.00");

    redeliver(child, LocalDate.of(2021, 5, 31));
    assertThat(adjustmentLines(child)).containsExactlyInAnyOrderElementsOf(lines);
    assertThat(paid(child, 2021, 7)).contains(INSTITUTION);
    assertThat(trail(child)).containsExactlyInAnyOrder("DEATH 儿童福利", "DEATH_WITHDRAWN 儿童福利");
  }

  @Test
  void aWithdrawnDeathPutsTheTerminatedApplicationBackAtItsStep() {
    var kid = data.child(LocalDate.of(2018, 5, 5), ChildrenTestData.COMMUNITY);
    long id =
        cases.file(
            data.form(kid.idNumber(), "ORPHAN", CareType.SCATTERED, ChildrenTestData.orphan()),
            "STAFF",
            "community_test",
            LocalDate.of(2026, 10, 1));
    cases.propose(id, true, "情况属实", "street_test");

    recordDeath(kid.id(), LocalDate.of(2026, 11, 1));
    settle(() -> cases.get(id).state() == CaseState.REJECTED);
    withdraw(kid.id());
    settle(() -> cases.get(id).state() == CaseState.PROPOSED);

    assertThat(cases.get(id).decisionNote()).isNull();
  }

  private void recordDeath(long person, LocalDate day) {
    RegistryTestData.as(
        RegistryTestData.auth(ChildrenTestData.COMMUNITY, Role.COMMUNITY_WORKER),
        () -> personCommands.recordDeath(person, new DeathReport(day, "COMMUNITY", null, "测试")));
  }

  private void withdraw(long person) {
    RegistryTestData.as(
        RegistryTestData.auth(DISTRICT, Role.DISTRICT_APPROVER),
        () -> {
          personCommands.withdrawDeath(person, "医院误报，本人健在");
          return null;
        });
  }

  private void redeliver(long person, LocalDate day) {
    tx.executeWithoutResult(
        s ->
            events.publishEvent(
                new DeathWithdrawn(person, day, ChildrenTestData.COMMUNITY, "再次送达")));
    settle(() -> true);
  }

  private void approve(YearMonth month) {
    jdbc.sql(
            """
            insert into payments.roster (programme, month, district_code, state, made_by_id,
                   made_by, made_at, approved_by_id, approved_by, approved_at)
            values ('ORPHAN', ?, ?, 'APPROVED', 1, 'maker', now(), 2, 'checker', now())
            on conflict do nothing""")
        .params(month.atDay(1), DISTRICT)
        .update();
  }

  /** Every children listener done and the state reached. */
  private void settle(BooleanSupplier state) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                jdbc.sql(
                                "select count(*) from event_publication where completion_date is null"
                                    + " and listener_id like '%children%'")
                            .query(Long.class)
                            .single()
                        == 0
                    && state.getAsBoolean());
  }

  private Optional<BigDecimal> paid(long person, int year, int month) {
    return jdbc.sql(
            "select amount from payments.entitlement_fact where person_id = ?"
                + " and programme = 'ORPHAN' and month = ?")
        .params(person, LocalDate.of(year, month, 1))
        .query(BigDecimal.class)
        .optional();
  }

  private BigDecimal adjustments(long person, int year, int month) {
    return jdbc.sql(
            "select coalesce(sum(amount), 0) from payments.adjustment_fact where person_id = ?"
                + " and programme = 'ORPHAN' and for_month = ?")
        .params(person, LocalDate.of(year, month, 1))
        .query(BigDecimal.class)
        .single();
  }

  private List<String> adjustmentLines(long person) {
    return jdbc.sql(
            "select for_month || ' ' || amount from payments.adjustment_fact where person_id = ?"
                + " and programme = 'ORPHAN' and for_month < date '2022-01-01'")
        .param(person)
        .query(String.class)
        .list();
  }

  private List<String> trail(long person) {
    return jdbc.sql(
            "select event || ' ' || module from lifeevents.trail_entry where person_id = ?"
                + " and module = '儿童福利'")
        .param(person)
        .query(String.class)
        .list();
  }
}
