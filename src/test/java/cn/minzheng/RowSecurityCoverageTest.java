package cn.minzheng;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.testing.UnscopedQueryProbe;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every table that carries a region code has a decision on row-level security (docs/security.md,
 * "Row-level security"): protected by a policy on the application role, deliberately left open for
 * a reason, or still pending. A new table with a region code and no decision fails the build, and
 * so does a table listed as protected whose policy went missing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(UnscopedQueryProbe.class)
class RowSecurityCoverageTest {

  /** Tables whose rows the application role sees only inside the bound scope. */
  static final Set<String> PROTECTED =
      Set.of(
          "registry.person",
          "registry.household",
          "assistance.assistance_case",
          "children.allowance_case",
          "children.allowance_payment",
          "children.allowance_death_recovery",
          "children.candidate",
          "children.protection_case",
          "children.screening_pupil",
          "funeral.subsidy_case",
          "funeral.subsidy_payment",
          "funeral.unidentified_body",
          "disability.recipient",
          "disability.eligible_month",
          "disability.correction",
          "disability.subsidy_change",
          "disability.rehab_enrolment",
          "disability.rehab_service",
          "rescue.intake",
          "lifeevents.after_death",
          "elderly.allowance_recipient",
          "elderly.existence_verification",
          "elderly.allowance_suspension",
          "elderly.allowance_payment",
          "elderly.allowance_death_recovery",
          "elderly.home_service_recipient",
          "elderly.home_service_order",
          "elderly.home_service_record",
          "elderly.modification_case",
          "elderly.institution_relief_grant",
          "monitoring.fact",
          "monitoring.register_entry",
          "monitoring.warning",
          "monitoring.visit_task",
          "monitoring.visit",
          "monitoring.verification",
          "monitoring.dispute",
          "socialwork.service_record",
          "organisations.application",
          "organisations.annual_report",
          "organisations.zombie_candidate",
          "payments.entitlement",
          "payments.adjustment",
          "payments.roster_line",
          "portal.service_rating");

  private static final String FACILITY = "a public facility or organisation, no person's data";
  private static final String SCRATCH = "a job's scratch or staging rows, never read in a request";
  private static final String AGGREGATE = "counts and sums by region, no person's rows";

  private static final String WORKER_REGISTER =
      "the register of certified social workers: a worker is posted to stations and employed by"
          + " agencies of other regions, whose staffing lists show them; no resident's data";
  private static final String GOVERNANCE = "a region's governance of a service, no person's data";
  private static final String PUBLIC_EVENT =
      "a public announcement; its registrations are reached only through it";
  private static final String PUBLIC_REGISTER =
      "public under 社会组织信用信息管理办法 (registration details, credit lists)";
  private static final String PUBLIC_CHARITY = "public under 慈善法 (chapter 8, 信息公开)";
  private static final String CITY_WIDE_CALL =
      "a city-wide call ranks and budgets its applications across every district;"
          + " organisations' proposals, no resident's data";

  /** Tables left open on purpose, with the reason (docs/security.md lists them too). */
  static final Map<String, String> OPEN =
      Map.ofEntries(
          Map.entry("children.network_unit", FACILITY),
          Map.entry("children.school", FACILITY),
          Map.entry("funeral.facility", FACILITY),
          Map.entry("disability.service_point", FACILITY),
          Map.entry("disability.rehab_station", FACILITY),
          Map.entry(
              "disability.rental",
              "staff reach a rental by its service point's region, not by the renter's region"
                  + " the row carries; the Java layer checks the point"),
          Map.entry("disability.run_row", SCRATCH),
          Map.entry("rescue.station", FACILITY),
          Map.entry("elderly.facility", FACILITY),
          Map.entry("elderly.place", FACILITY),
          Map.entry("elderly.institution", FACILITY),
          Map.entry("elderly.service_provider", FACILITY),
          Map.entry("elderly.allowance_run_row", SCRATCH),
          Map.entry("marriage.office", FACILITY),
          Map.entry("socialwork.agency", FACILITY),
          Map.entry("socialwork.social_worker", WORKER_REGISTER),
          Map.entry("socialwork.walk_topic", GOVERNANCE),
          Map.entry("socialwork.open_day", PUBLIC_EVENT),
          Map.entry("organisations.organisation", PUBLIC_REGISTER),
          Map.entry("organisations.listing", PUBLIC_REGISTER),
          Map.entry("organisations.charity_trust", PUBLIC_CHARITY),
          Map.entry("organisations.charity_project", PUBLIC_CHARITY),
          Map.entry("organisations.project_application", CITY_WIDE_CALL),
          Map.entry("organisations.project_grant", CITY_WIDE_CALL),
          Map.entry("socialwork.station", FACILITY),
          Map.entry("placenames.application", "place names are public records (地名管理条例)"),
          Map.entry("placenames.boundary", "administrative boundaries are public reference data"),
          Map.entry("placenames.building_filing", "place names are public records (地名管理条例)"),
          Map.entry("placenames.inspection_plan", "place names are public records (地名管理条例)"),
          Map.entry("placenames.place", "place names are public records (地名管理条例)"),
          Map.entry("cockpit.figure_summary", AGGREGATE),
          Map.entry("cockpit.region_residents", AGGREGATE),
          Map.entry("payments.month_region_total", AGGREGATE),
          Map.entry("payments.entitlement_staging", SCRATCH),
          Map.entry(
              "platform.job_run",
              "a run's record (who, when, counts), no person's data; read scoped by its region in"
                  + " Java (JobHistory)"),
          Map.entry(
              "platform.staff_account",
              "account administration has its own rule (security administrators of the city)"));

  @Autowired JdbcClient jdbc;

  @Test
  void everyTableWithARegionCodeIsProtectedOrLeftOpenForAReason() {
    List<String> regional =
        jdbc.sql(
                """
                select c.table_schema || '.' || c.table_name
                  from information_schema.columns c
                  join information_schema.tables t
                    on t.table_schema = c.table_schema and t.table_name = c.table_name
                 where c.column_name in ('region_code', 'residence_region_code')
                   and t.table_type = 'BASE TABLE'
                   and c.table_schema not in ('pg_catalog', 'information_schema')""")
            .query(String.class)
            .list();
    Set<String> decided = new HashSet<>(PROTECTED);
    decided.addAll(OPEN.keySet());

    assertThat(regional).as("tables with a region code and no decision").isSubsetOf(decided);
    assertThat(decided).as("decisions about tables that no longer exist").isSubsetOf(regional);
    assertThat(PROTECTED).doesNotContainAnyElementsOf(OPEN.keySet());
  }

  @Test
  void everyProtectedTableHasRowSecurityOnAndAPolicyForTheApplicationRole() {
    List<String> withPolicy =
        jdbc.sql(
                """
                select n.nspname || '.' || c.relname
                  from pg_class c
                  join pg_namespace n on n.oid = c.relnamespace
                 where c.relrowsecurity
                   and exists (select 1 from pg_policies p
                                where p.schemaname = n.nspname and p.tablename = c.relname
                                  and p.qual like '%scope_unrestricted()%'
                                  and p.with_check like '%scope_codes()%'
                                  and p.roles <> '{public}')""")
            .query(String.class)
            .list();

    assertThat(withPolicy).containsAll(PROTECTED);
    assertThat(withPolicy).as("protected tables not listed here").isSubsetOf(PROTECTED);
  }
}
