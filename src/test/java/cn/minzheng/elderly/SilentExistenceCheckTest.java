package cn.minzheng.elderly;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.cockpit.Figure;
import cn.minzheng.cockpit.Period;
import cn.minzheng.cockpit.RegionValue;
import cn.minzheng.elderly.allowance.CheckStatus;
import cn.minzheng.elderly.allowance.ExistenceChecks;
import cn.minzheng.elderly.allowance.MonthlyAllowanceRun;
import cn.minzheng.elderly.allowance.PortalExistenceCheck;
import cn.minzheng.elderly.allowance.SilentExistenceChecks;
import cn.minzheng.elderly.allowance.VerificationMethod;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 静默认证 (§6.2): a medical-insurance settlement (placeholder: at most 90 days old) in the feeds
 * counts as the existence check of its date; one day older counts for nothing, and that elder's
 * check falls due as before. The portal says why no check is due; staff see the evidence; each
 * confirmation is audited with it; a second run confirms nobody again.
 */
@SpringBootTest
class SilentExistenceCheckTest {

  static final LocalDate AS_OF = LocalDate.of(2041, 6, 30);

  @Autowired RegistryFixtures registry;
  @Autowired MonthlyAllowanceRun run;
  @Autowired SilentExistenceChecks silent;
  @Autowired PortalExistenceCheck portal;
  @Autowired JdbcClient jdbc;
  @Autowired ExistenceChecks checks;
  @Autowired CheckStatus status;

  @Autowired
  @Qualifier("silentCheckShareFigure")
  Figure shareFigure;

  @Autowired
  @Qualifier("silentCheckPeopleFigure")
  Figure peopleFigure;

  @Test
  void aTraceWithinItsMaximumAgeConfirmsAndOneDayOlderDoesNot() {
    long seen = elder(LocalDate.of(1955, 2, 2));
    long tooOld = elder(LocalDate.of(1955, 2, 3));
    run.run(YearMonth.of(2041, 1)); // both enrolled, first month 2041-01: due in 2041-07
    LocalDate ninetyDays = AS_OF.minusDays(90); // 2041-04-01
    trace(seen, "MEDICAL_SETTLEMENT", ninetyDays);
    trace(tooOld, "MEDICAL_SETTLEMENT", ninetyDays.minusDays(1));

    assertThat(silent.confirm(AS_OF)).isGreaterThanOrEqualTo(1);

    assertThat(checks(seen)).containsExactly("SILENT 2041-04-01 已通过医保结算记录确认（2041-04-01）");
    assertThat(checks(tooOld)).isEmpty();
    assertThat(
            jdbc.sql(
                    "select detail from platform.audit_log where action ="
                        + " 'elderly.existence.verify-silent' and target_id = ?")
                .param(Long.toString(seen))
                .query(String.class)
                .list())
        .singleElement()
        .satisfies(d -> assertThat(d).contains("MEDICAL_SETTLEMENT 2041-04-01"));

    // the check falls due only without a trace: August is paid to the one seen, not the other
    for (int m = 2; m <= 8; m++) {
      run.run(YearMonth.of(2041, m));
    }
    assertThat(paid(seen, "2041-08-01")).isOne();
    assertThat(paid(tooOld, "2041-08-01")).isZero();

    // the portal says why; staff see the evidence on the trail as well
    assertThat(portal.candidates(new Citizen(990_001, seen)))
        .singleElement()
        .satisfies(c -> assertThat(c.silentNote()).isEqualTo("已通过医保结算记录确认（2041-04-01）"));
    assertThat(portal.candidates(new Citizen(990_002, tooOld)))
        .singleElement()
        .satisfies(c -> assertThat(c.silentNote()).isNull());
    assertThat(
            jdbc.sql(
                    "select count(*) from lifeevents.trail_entry where person_id = ?"
                        + " and event = 'EXISTENCE_CHECK'")
                .param(seen)
                .query(Long.class)
                .single())
        .isOne();

    // staff see the evidence on the list of checks (认证方式及依据)
    assertThat(
            status.list(RegionFilter.all(), YearMonth.of(2041, 7), false, 100_000).stream()
                .filter(r -> r.personId() == seen)
                .findFirst()
                .orElseThrow())
        .satisfies(
            r -> {
              assertThat(r.lastMethod()).isEqualTo("静默认证（部门数据）");
              assertThat(r.evidence()).isEqualTo("已通过医保结算记录确认（2041-04-01）");
            });

    // idempotent: the same traces confirm nobody again
    silent.confirm(AS_OF);
    assertThat(checks(seen)).hasSize(1);

    // the cockpit: in April 2041 one elder confirmed silently, one by a visit: 500 per thousand
    checks.record(
        tooOld,
        LocalDate.of(2041, 4, 15),
        VerificationMethod.VISIT,
        new ExistenceChecks.Verifier(null, "worker"),
        "入户走访");
    Period april = new Period(LocalDate.of(2041, 4, 1), LocalDate.of(2041, 4, 30));
    var share = shareFigure.values(april, RegionFilter.all()).values();
    assertThat(share.stream().map(RegionValue::value).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("1");
    assertThat(share.stream().map(RegionValue::base).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("2");
    assertThat(
            peopleFigure.values(april, RegionFilter.all()).values().stream()
                .map(RegionValue::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("1");
  }

  @Test
  void aTraceOfADisabledTypeCountsForNothing() {
    long elder = elder(LocalDate.of(1955, 3, 3));
    run.run(YearMonth.of(2041, 1));
    jdbc.sql(
            "update elderly.silent_trace_setting set enabled = false where trace_type = 'BANK_ACTIVITY'")
        .update();
    try {
      trace(elder, "BANK_ACTIVITY", AS_OF.minusDays(1));
      silent.confirm(AS_OF);
      assertThat(checks(elder)).isEmpty();
    } finally {
      jdbc.sql(
              "update elderly.silent_trace_setting set enabled = true where trace_type = 'BANK_ACTIVITY'")
          .update();
    }
  }

  private long elder(LocalDate birth) {
    return registry
        .person(ElderlyTestData.idNumberBornOn(birth), "静默测试", RegistryTestData.COMMUNITY)
        .id();
  }

  /** A trace as monitoring's feed import stores it (one batch, one fact). */
  private void trace(long person, String type, LocalDate date) {
    long batch =
        jdbc.sql(
                """
                insert into monitoring.feed_batch
                  (feed_type, channel, source, caller, idempotency_key, received_by, state)
                values (?, 'API', '测试部门', 'test', ?, 'test', 'DONE') returning id""")
            .params(type, UUID.randomUUID().toString())
            .query(Long.class)
            .single();
    jdbc.sql(
            """
            insert into monitoring.fact (person_id, region_code, feed_type, fact_date, detail,
                                         source, batch_id, line, received_at)
            values (?, ?, ?, ?, '测试机构', '测试部门', ?, 1, now())""")
        .params(person, RegistryTestData.COMMUNITY, type, date, batch)
        .update();
  }

  private List<String> checks(long person) {
    return jdbc.sql(
            """
            select method || ' ' || verified_on || ' ' || coalesce(note, '')
              from elderly.existence_verification where person_id = ? order by id""")
        .param(person)
        .query(String.class)
        .list();
  }

  private long paid(long person, String month) {
    return jdbc.sql(
            "select count(*) from payments.entitlement where person_id = ? and programme = 'GAOLING'"
                + " and month = cast(? as date)")
        .params(person, month)
        .query(Long.class)
        .single();
  }
}
