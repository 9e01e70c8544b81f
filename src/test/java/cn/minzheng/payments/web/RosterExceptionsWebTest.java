package cn.minzheng.payments.web;

import static cn.minzheng.payments.PaymentsTestData.CITY;
import static cn.minzheng.payments.PaymentsTestData.JINJIANG;
import static cn.minzheng.payments.PaymentsTestData.JINJIANG_COMMUNITY;
import static cn.minzheng.payments.PaymentsTestData.QINGYANG;
import static cn.minzheng.payments.PaymentsTestData.dibao;
import static cn.minzheng.payments.PaymentsTestData.staff;
import static cn.minzheng.payments.PaymentsTestData.uniqueMonth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.payments.EntitlementBatch;
import cn.minzheng.payments.Entitlements;
import cn.minzheng.payments.PayeeAccounts;
import cn.minzheng.payments.PaymentsTestData;
import cn.minzheng.payments.Programme;
import cn.minzheng.payments.domain.RosterApproval;
import cn.minzheng.payments.domain.RosterDrafting;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.registry.RegistryFixtures;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The approver's view of a roster: masked payee names, the exceptions per line and counted at the
 * top, the confirmation naming count and sum, the Excel export, the same on the API; the held
 * payments' queue and recording an account; a 青羊区 approver gets 404 for all of 锦江区's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RosterExceptionsWebTest {

  @Autowired MockMvc mvc;
  @Autowired Entitlements entitlements;
  @Autowired PayeeAccounts accounts;
  @Autowired RosterDrafting drafting;
  @Autowired RosterApproval approval;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;

  private final StaffUser maker = staff(CITY, Role.CITY_ADMIN);
  private final StaffUser approver = staff(JINJIANG, Role.DISTRICT_APPROVER);
  private final RequestPostProcessor jinjiang = authentication(StaffAuthentication.of(approver));
  private final RequestPostProcessor qingyang =
      authentication(StaffAuthentication.of(staff(QINGYANG, Role.DISTRICT_APPROVER)));
  private long roster;
  private long noAccount;

  /** 张小明 1,234.50 with an account, 李四 700.00 without: 2 lines, 1,934.50 yuan, 1 held. */
  @BeforeEach
  void draft() {
    YearMonth month = uniqueMonth();
    long withAccount = registry.person("张小明", JINJIANG_COMMUNITY).id();
    noAccount = registry.person("李四", JINJIANG_COMMUNITY).id();
    PaymentsTestData.as(
        maker, () -> accounts.register(withAccount, "张小明", "成都农商银行", "6222021234567890128"));
    PaymentsTestData.as(
        maker,
        () -> {
          try (EntitlementBatch batch = entitlements.open(Programme.DIBAO, month)) {
            batch.add(dibao(withAccount, "1234.50", JINJIANG_COMMUNITY));
            batch.add(dibao(noAccount, "700.00", JINJIANG_COMMUNITY));
            return batch.replaceMonth();
          }
        });
    PaymentsTestData.as(maker, () -> drafting.draft(Programme.DIBAO, month, maker));
    roster =
        jdbc.sql(
                "select id from payments.roster where programme = 'DIBAO' and month = ?"
                    + " and district_code = ?")
            .params(month.atDay(1), JINJIANG)
            .query(Long.class)
            .single();
  }

  @Test
  void theApproverSeesMaskedNamesExceptionsCountsAndAConfirmationNamingCountAndSum()
      throws Exception {
    String page = page("/payments/rosters/" + roster, jinjiang);
    assertThat(page)
        .contains("张*明", "李*", "无收款账户 1", "本月新增 2", "1,234.50", "1,934.50")
        .doesNotContain("张小明", "DIBAO", "REGULAR")
        .contains("确认审核通过：2 笔，合计 1,934.50 元（其中 1 笔 700.00 元无有效收款账户，暂缓发放，不进入代发文件）");
    String filtered = page("/payments/rosters/" + roster + "?exception=NO_ACCOUNT", jinjiang);
    assertThat(filtered).contains("李*").doesNotContain("张*明");

    byte[] xlsx =
        mvc.perform(get("/payments/rosters/" + roster + "/lines.xlsx").with(jinjiang))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      // lines come in the order of their serial numbers; find each by its masked name
      Row li = rowOf(sheet, "李*");
      Row zhang = rowOf(sheet, "张*明");
      assertThat(li.getCell(3).getStringCellValue()).isEqualTo("（无收款账户）");
      assertThat(li.getCell(6).getNumericCellValue()).isEqualTo(700.00);
      assertThat(li.getCell(8).getStringCellValue()).isEqualTo("无收款账户、本月新增");
      assertThat(zhang.getCell(3).getStringCellValue()).isEqualTo("6222***********0128");
      assertThat(zhang.getCell(8).getStringCellValue()).isEqualTo("本月新增");
    }

    mvc.perform(get("/api/v1/payments/rosters/" + roster + "/exceptions").with(jinjiang))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.counts.NO_ACCOUNT").value(1))
        .andExpect(jsonPath("$.counts.NEW").value(2))
        .andExpect(jsonPath("$.held").value(1))
        .andExpect(jsonPath("$.heldAmount").value(700.00));
    mvc.perform(
            get("/api/v1/payments/rosters/" + roster + "/lines")
                .param("exception", "NO_ACCOUNT")
                .with(jinjiang))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.items[0].personName").value("李*"))
        .andExpect(jsonPath("$.items[0].exceptions[0]").value("NO_ACCOUNT"));
  }

  @Test
  void aQingyangApproverGets404ForTheExceptionsExportAndHeldPaymentsOfJinjiang() throws Exception {
    mvc.perform(get("/payments/rosters/" + roster + "/lines.xlsx").with(qingyang))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/payments/rosters/" + roster + "/exceptions").with(qingyang))
        .andExpect(status().isNotFound());
    approve();
    mvc.perform(
            post("/api/v1/payments/held/" + noAccount + "/account")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"holderName\":\"李四\",\"bankName\":\"成都银行\",\"accountNumber\":\"6222021234567890128\"}")
                .with(qingyang)
                .with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(page("/payments/held", qingyang))
        .doesNotContain("/payments/rosters/" + roster + "\"");
    // a community worker has no roster role at all
    mvc.perform(
            get("/api/v1/payments/held")
                .with(
                    authentication(
                        StaffAuthentication.of(staff(JINJIANG_COMMUNITY, Role.COMMUNITY_WORKER)))))
        .andExpect(status().isForbidden());
  }

  @Test
  void theHeldQueueTakesAValidAccountAndNamesTheFieldOfAWrongOne() throws Exception {
    approve();
    String queue = page("/payments/held", jinjiang);
    assertThat(queue).contains("李*", "700.00", "无收款账户", "/payments/rosters/" + roster);

    String refused =
        mvc.perform(
                post("/payments/held/" + noAccount + "/account")
                    .param("holderName", "李四")
                    .param("bankName", "成都银行")
                    .param("accountNumber", "6222021234567890123")
                    .with(jinjiang)
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getFlashMap()
            .get("error")
            .toString();
    assertThat(refused).contains("银行账号校验位不正确");
    mvc.perform(
            post("/api/v1/payments/held/" + noAccount + "/account")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"holderName\":\"\",\"bankName\":\"成都银行\",\"accountNumber\":\"123\"}")
                .with(jinjiang)
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("holderName"))
        .andExpect(jsonPath("$.errors[1].field").value("accountNumber"));

    mvc.perform(
            post("/payments/held/" + noAccount + "/account")
                .param("holderName", "李四")
                .param("bankName", "成都银行")
                .param("accountNumber", "6230 5811 1122 2233 339")
                .with(jinjiang)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(page("/payments/held", jinjiang)).contains("已登记，待下期名册补发");
    mvc.perform(get("/api/v1/payments/held").with(jinjiang))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.items[?(@.personId == " + noAccount + ")].accountRecorded").value(true));
  }

  private static Row rowOf(Sheet sheet, String name) {
    for (int i = 1; i <= sheet.getLastRowNum(); i++) {
      if (name.equals(sheet.getRow(i).getCell(1).getStringCellValue())) {
        return sheet.getRow(i);
      }
    }
    throw new AssertionError("no row of " + name);
  }

  private void approve() {
    PaymentsTestData.as(approver, () -> approval.approve(roster, approver));
  }

  private String page(String url, RequestPostProcessor user) throws Exception {
    return mvc.perform(get(url).with(user))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
