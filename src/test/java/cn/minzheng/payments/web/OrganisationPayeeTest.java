package cn.minzheng.payments.web;

import static cn.minzheng.payments.PaymentsTestData.CITY;
import static cn.minzheng.payments.PaymentsTestData.JINJIANG;
import static cn.minzheng.payments.PaymentsTestData.JINJIANG_COMMUNITY;
import static cn.minzheng.payments.PaymentsTestData.staff;
import static cn.minzheng.payments.PaymentsTestData.uniqueMonth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.payments.Entitlement;
import cn.minzheng.payments.EntitlementBatch;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.PayeeAccounts;
import cn.minzheng.payments.PaymentsTestData;
import cn.minzheng.payments.Programme;
import cn.minzheng.payments.domain.RosterDrafting;
import cn.minzheng.payments.domain.RosterLine;
import cn.minzheng.payments.domain.Rosters;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Organisations as payees: an organisation gets a payee id of its own (negative, never a person's),
 * one per credit code; two organisations with the same legal representative are two payees with two
 * lines; the roster line carries the organisation's name (the account holder) and credit code,
 * while a person's line next to it is what it always was.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationPayeeTest {

  private static final AtomicInteger CODES = new AtomicInteger((int) (System.nanoTime() % 1000));

  @Autowired MockMvc mvc;
  @Autowired Entitlements entitlements;
  @Autowired PayeeAccounts accounts;
  @Autowired RosterDrafting drafting;
  @Autowired Rosters rosters;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;

  private final StaffUser maker = staff(CITY, Role.CITY_ADMIN);

  private static String code() {
    // 18 characters of the code's alphabet, unique per run and call
    return String.format(
        "52510104MJ%08d", (System.nanoTime() / 1000 + CODES.incrementAndGet()) % 100_000_000L);
  }

  @Test
  void anOrganisationIsOnePayeePerCreditCodeWhoseNameFollowsARenaming() {
    String code = code();
    long payee = accounts.organisation(code.toLowerCase(), "锦江区助老服务中心");
    assertThat(payee).isNegative();
    assertThat(accounts.organisation(code, "锦江区长者服务中心")).isEqualTo(payee);
    assertThat(accounts.organisationOf(payee).orElseThrow())
        .satisfies(
            o -> {
              assertThat(o.creditCode()).isEqualTo(code);
              assertThat(o.name()).isEqualTo("锦江区长者服务中心");
            });
    long person = registry.person("收款人甲", JINJIANG_COMMUNITY).id();
    assertThat(accounts.organisationOf(person)).isEmpty();
    // 17 characters, and an I (not in the code's alphabet)
    assertThatThrownBy(() -> accounts.organisation(code.substring(1), "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> accounts.organisation(code.substring(1) + "I", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> accounts.organisation(code(), " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theRosterLineNamesTheOrganisationAndItsCreditCodeNextToAPersonsLine() throws Exception {
    YearMonth month = uniqueMonth();
    long person = registry.person("名册个人", JINJIANG_COMMUNITY).id();
    String codeA = code();
    String codeB = code();
    long orgA = accounts.organisation(codeA, "名册测试协会甲");
    long orgB = accounts.organisation(codeB, "名册测试协会乙");
    PaymentsTestData.as(
        maker, () -> accounts.register(person, "名册个人", "成都农商银行", "6222021234567890123"));
    PaymentsTestData.as(
        maker, () -> accounts.register(orgA, "名册测试协会甲", "中国工商银行成都分行", "4402000011112222333"));
    PaymentsTestData.as(
        maker, () -> accounts.register(orgB, "名册测试协会乙", "中国建设银行成都分行", "5101000099998888777"));
    try (EntitlementBatch batch = entitlements.open(Programme.SPECIAL_FUND, month)) {
      batch.add(line(person, "1000.00"));
      batch.add(line(orgA, "50000.00"));
      batch.add(line(orgB, "30000.50"));
      batch.replaceMonth();
    }
    PaymentsTestData.as(maker, () -> drafting.draft(Programme.SPECIAL_FUND, month, maker));
    long roster =
        jdbc.sql(
                "select id from payments.roster where programme = 'SPECIAL_FUND' and month = ?"
                    + " and district_code = ?")
            .params(month.atDay(1), JINJIANG)
            .query(Long.class)
            .single();
    List<RosterLine> lines =
        PaymentsTestData.as(maker, () -> rosters.lines(roster, PageQuery.first("id")).items());
    assertThat(lines)
        .extracting(RosterLine::holderName, RosterLine::payeeCreditCode, RosterLine::amount)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("名*人", null, new BigDecimal("1000.00")),
            org.assertj.core.groups.Tuple.tuple("名册测试协会甲", codeA, new BigDecimal("50000.00")),
            org.assertj.core.groups.Tuple.tuple("名册测试协会乙", codeB, new BigDecimal("30000.50")));
    assertThat(PaymentsTestData.as(maker, () -> rosters.get(roster)).people()).isEqualTo(3);

    String page =
        mvc.perform(
                get("/payments/rosters/" + roster)
                    .with(authentication(PaymentsTestData.auth(staff(CITY, Role.CITY_ADMIN)))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("名册测试协会甲", "统一社会信用代码 " + codeA, "4402***********2333");
  }

  private static Entitlement line(long payee, String amount) {
    return new Entitlement(
        payee, new BigDecimal(amount), "{\"rule\":\"专项资金\"}", JINJIANG_COMMUNITY, "G-" + payee);
  }
}
