package cn.minzheng.organisations.demo;

import cn.minzheng.organisations.charity.FilingDeadline;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.CreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With {@code minzheng.demo.enabled=true}, once (guarded by the demo trusts), after the demo
 * register: the brief's charity figures at full size, since they are small — 52 charity
 * organisations (every fourth with the public fundraising qualification), 41 community charity
 * brand projects among 120 projects, and 25 charitable trusts holding 1.06亿 yuan (two filed late,
 * ten with a charity organisation as trustee, the others with trust companies).
 */
@Component
@Order(401)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
class CharityDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CharityDemoData.class);

  static final int CHARITIES = 52;
  static final int BRAND_PROJECTS = 41;
  static final int PROJECTS = 120;
  static final int TRUSTS = 25;
  static final BigDecimal TRUST_PROPERTY = new BigDecimal("106000000.00");

  private static final String[] PURPOSES = {"资助困境儿童助学", "扶老助老", "助残康复", "社区济困", "乡村振兴", "应急救灾"};

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final FilingDeadline deadline;

  CharityDemoData(JdbcClient jdbc, JdbcTemplate template, FilingDeadline deadline) {
    this.jdbc = jdbc;
    this.template = template;
    this.deadline = deadline;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean done =
        jdbc.sql("select exists (select 1 from organisations.charity_trust where demo)")
            .query(Boolean.class)
            .single();
    if (done) {
      return;
    }
    long started = System.currentTimeMillis();
    LocalDate today = ChinaTime.today();
    charities(today);
    projects(today);
    trusts(today);
    log.info(
        "Demo charity: {} charity organisations, {} projects, {} trusts in {} ms",
        CHARITIES,
        PROJECTS,
        TRUSTS,
        System.currentTimeMillis() - started);
  }

  /** Foundations first, then social service agencies, in normal standing. */
  private void charities(LocalDate today) {
    jdbc.sql(
            """
            insert into organisations.charity_organisation (organisation_id, recognised_on,
                   recognition_number, fundraising_on, fundraising_number, demo, recognised_by)
            select id, r, '成民慈认演示〔' || extract(year from r)::int || '〕' || n || '号',
                   case when n % 4 = 1 then r + 365 end,
                   case when n % 4 = 1 then '成民慈募演示〔' || extract(year from r + 365)::int || '〕' || n || '号' end,
                   true, 'demo'
              from (select id, row_number() over (order by kind = 'FOUNDATION' desc, id) as n,
                           least(greatest(registered_on, date '2016-09-01') + 200, cast(:today as date) - 400) as r
                      from organisations.organisation
                     where demo and status = 'NORMAL' and kind in ('FOUNDATION', 'SOCIAL_SERVICE_AGENCY')) o
             where n <= :n
            on conflict do nothing""")
        .param("today", today)
        .param("n", CHARITIES)
        .update();
  }

  /** Projects of the communities of filed organisations; the first 41 are brand projects. */
  private void projects(LocalDate today) {
    jdbc.sql(
            """
            insert into organisations.charity_project (name, organisation_id, region_code, field,
                   started_on, beneficiaries, brand_on, demo, created_by)
            select '社区慈善项目（演示' || n || '）', id, region_code,
                   (array['ELDERLY','CHILDREN','DISABILITY','POVERTY','COMMUNITY','OTHER'])[n % 6 + 1],
                   cast(:today as date) - cast(200 + n * 9 as int), cast(30 + (n * 37) % 400 as int),
                   case when n <= :brand then cast(:today as date) - cast(100 + n as int) end, true, 'demo'
              from (select id, region_code, row_number() over (order by id) as n
                      from organisations.organisation where demo and kind = 'COMMUNITY_FILED') o
             where n <= :n""")
        .param("today", today)
        .param("brand", BRAND_PROJECTS)
        .param("n", PROJECTS)
        .update();
  }

  /** 25 trusts, the property adding up to exactly 1.06亿; numbers 9 and 17 filed on day 9. */
  private void trusts(LocalDate today) {
    List<Map<String, Object>> trustees =
        jdbc.sql(
                """
                select o.id, o.name, o.credit_code, o.region_code from organisations.charity_organisation c
                  join organisations.organisation o on o.id = c.organisation_id
                 where c.demo order by o.id limit 10""")
            .query()
            .listOfRows();
    List<Object[]> rows = new ArrayList<>();
    BigDecimal left = TRUST_PROPERTY;
    for (int i = 0; i < TRUSTS; i++) {
      // weights 1..25 in a shuffled order: between about 0.3 and 8 million each
      BigDecimal amount =
          i == TRUSTS - 1
              ? left
              : TRUST_PROPERTY
                  .multiply(BigDecimal.valueOf((i * 7) % TRUSTS + 1))
                  .divide(BigDecimal.valueOf(325), 0, java.math.RoundingMode.DOWN);
      left = left.subtract(amount);
      boolean byOrg = i < trustees.size();
      Map<String, Object> t = byOrg ? trustees.get(i) : null;
      String code = byOrg ? (String) t.get("credit_code") : trustCompany(i % 3);
      String name = byOrg ? (String) t.get("name") : TRUST_COMPANIES[i % 3];
      String region = byOrg ? (String) t.get("region_code") : "510104000000";
      LocalDate signed = LocalDate.of(2017, 3, 1).plusDays(i * 131L);
      if (signed.isAfter(today.minusDays(30))) {
        signed = today.minusDays(30 + i);
      }
      LocalDate due = deadline.due(signed);
      LocalDate filed = i == 8 || i == 16 ? due.plusDays(2) : signed.plusDays(1 + i % 5);
      if (filed.isAfter(due) && i != 8 && i != 16) {
        filed = due;
      }
      rows.add(
          new Object[] {
            "演示" + PURPOSES[i % PURPOSES.length] + "慈善信托（" + (i + 1) + "）",
            byOrg ? "CHARITY_ORGANISATION" : "TRUST_COMPANY",
            byOrg ? t.get("id") : null,
            code,
            name,
            PURPOSES[i % PURPOSES.length],
            amount,
            amount,
            region,
            signed,
            due,
            filed,
            filed.isAfter(due),
            "成民慈信备演示" + String.format("%04d", i + 1)
          });
    }
    template.batchUpdate(
        """
        insert into organisations.charity_trust (name, trustee_kind, trustee_organisation_id,
               trustee_credit_code, trustee_name, purpose, initial_property, property, region_code,
               signed_on, filing_due, filed_on, late, record_number, demo, filed_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, 'demo')""",
        rows);
  }

  private static final String[] TRUST_COMPANIES = {"演示西部信托有限公司", "演示天府信托有限责任公司", "演示蜀都信托股份有限公司"};

  /** A valid market-regulation code (91…) of a demo trust company. */
  static String trustCompany(int n) {
    String first8 = String.format("MA6%05d", 71 + n);
    String first17 = "915101" + "00" + first8 + CreditCode.organisationCodeCheckChar(first8);
    return first17 + CreditCode.checkChar(first17);
  }
}
