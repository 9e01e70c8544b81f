package cn.minzheng.children;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.platform.Role;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Journey (issue 15): a guardian applies in the portal for an orphan raised by the family, a street
 * caseworker reviews the case, a district approver approves it, the city runs the next month, and
 * the guardian sees the month paid in the portal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChildAllowanceJourneyBrowserTest extends BrowserTestSupport {

  private static final String PASSWORD = "Secret2026abc";

  /** 散居孤儿 from 2023: 1,400 yuan a month (CareType, 川民发 standard of the brief). */
  private static final String SCATTERED_ORPHAN_MONTHLY = "1400";

  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;
  @Autowired DevelopmentCodeSender codes;
  @Autowired PasswordEncoder passwords;

  private Page staff() {
    BrowserContext other =
        page.context().browser().newContext(contextOptions().setViewportSize(1366, 900));
    other.setDefaultTimeout(15_000);
    return other.newPage();
  }

  @Test
  void aGuardiansApplicationIsReviewedApprovedAndPaidTheNextMonth() {
    String childId = ChildrenTestData.idNumberBornOn(LocalDate.of(2016, 4, 4));
    long child = registry.person(childId, "旅程孤儿", RegistryTestData.COMMUNITY).id();
    String grandmotherId = ChildrenTestData.idNumberBornOn(LocalDate.of(1958, 8, 8));
    registry.person(grandmotherId, "旅程祖母", RegistryTestData.COMMUNITY);

    // The guardian applies on her phone.
    registerCitizen(codes, grandmotherId, "旅程祖母", PASSWORD);
    page.navigate("/portal/children");
    page.locator("#childIdNumber").fill(childId);
    page.locator("#category").selectOption("ORPHAN");
    page.locator("#careType").selectOption("SCATTERED");
    page.locator("#fatherSituation").selectOption("DECEASED");
    page.locator("#fatherSince").fill("2019-05-01");
    page.locator("#motherSituation").selectOption("DECEASED");
    page.locator("#motherSince").fill("2020-03-01");
    page.locator("#guardianRelation").fill("祖母");
    page.locator("#bankName").fill("成都农商银行");
    page.locator("#accountNumber").fill("6228480012345678901");
    page.locator("#consent").check();
    page.getByTestId("portal-children-submit").click();
    assertThat(page.getByTestId("portal-children-message")).containsText("申请已提交");
    assertThat(page.getByTestId("portal-children-state")).hasText("待街道审核");
    long caseId =
        jdbc.sql("select id from children.allowance_case where child_person_id = ?")
            .param(child)
            .query(Long.class)
            .single();

    // The street reviews it.
    Page street = staff();
    StaffSignIn.signIn(street, jdbc, passwords, Role.STREET_CASEWORKER, RegistryTestData.STREET);
    street.navigate("/children/cases/" + caseId);
    assertThat(street.getByTestId("children-state")).hasText("待街道审核");
    assertThat(street.getByTestId("children-history")).containsText("监护人网上申请");
    street.locator("#opinion").fill("入户核实：父母均已死亡，由祖母抚养");
    street.locator("#pass").check();
    street.getByTestId("children-propose-submit").click();
    assertThat(street.getByTestId("children-message")).containsText("街道审核已提交");
    assertThat(street.getByTestId("children-state")).hasText("待区县审批");

    // The district approves it: payment from the next month.
    Page district = staff();
    StaffSignIn.signInEnrollingTotp(
        district, jdbc, passwords, Role.DISTRICT_APPROVER, RegistryTestData.DISTRICT, "区县审批员");
    district.navigate("/children/cases/" + caseId);
    district.locator("#note").fill("同意");
    district.locator("#approve").check();
    // The county's decision asks first, saying what will happen (issue 24).
    district.onceDialog(dialog -> dialog.accept());
    district.getByTestId("children-decide-submit").click();
    assertThat(district.getByTestId("children-message")).containsText("审批结果已保存");
    assertThat(district.getByTestId("children-state")).hasText("已批准发放");
    YearMonth next = YearMonth.from(ChinaTime.today()).plusMonths(1);
    assertThat(district.getByTestId("children-case")).containsText(next.atDay(1).toString());

    // The city runs the next month.
    Page city = staff();
    StaffSignIn.signInEnrollingTotp(
        city, jdbc, passwords, Role.CITY_ADMIN, RegistryTestData.CITY, "市级管理员");
    city.navigate("/children/standards");
    city.locator("#month").fill(next.toString());
    city.getByTestId("children-run").click();
    assertThat(city.getByTestId("children-message")).containsText(next + " 儿童基本生活费已生成");

    // The guardian sees the approval and the month paid.
    page.navigate("/portal/children");
    assertThat(page.getByTestId("portal-children-state")).hasText("已批准发放");
    assertThat(page.getByTestId("portal-children-paid"))
        .containsText(
            Pattern.compile(
                next.getYear()
                    + "年"
                    + next.getMonthValue()
                    + "月：\\s*"
                    + SCATTERED_ORPHAN_MONTHLY
                    + "(\\.00)? 元"));
  }
}
