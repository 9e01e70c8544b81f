package cn.minzheng.disability;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.disability.device.DeviceCatalogue;
import cn.minzheng.platform.Role;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Journeys (issue 16): the monthly run finds a newly eligible person, the street confirms the list
 * on its page and the run puts the person on the month's roster; a citizen rents a device in the
 * portal and the service point of the community hands it out and takes it back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisabilityJourneyBrowserTest extends BrowserTestSupport {

  private static final String PASSWORD = "Secret2026abc";

  /** 重度残疾人护理补贴, grade 1, from 2025: 120 yuan a month (Sichuan standard). */
  private static final BigDecimal CARE_GRADE_1 = new BigDecimal("120.00");

  @Autowired JdbcClient jdbc;
  @Autowired RegistryFixtures registry;
  @Autowired DeviceCatalogue catalogue;
  @Autowired DevelopmentCodeSender codes;
  @Autowired PasswordEncoder passwords;

  private Page staff() {
    BrowserContext other =
        page.context().browser().newContext(contextOptions().setViewportSize(1366, 900));
    other.setDefaultTimeout(15_000);
    Page p = other.newPage();
    p.onDialog(dialog -> dialog.accept());
    return p;
  }

  @Test
  void theStreetConfirmsTheNewlyEligibleAndTheRunPutsThemOnTheRoster() {
    String name = "旅程一级" + UUID.randomUUID().toString().substring(0, 4);
    RegistryFixtures.Person rated =
        registry.disabledPerson(
            name,
            RegistryTestData.COMMUNITY,
            DisabilityCategory.PHYSICAL,
            1,
            LocalDate.of(2020, 1, 10));
    long person = rated.id();
    SubsidyTestSupport.await(jdbc, () -> SubsidyTestSupport.rated(jdbc, person, 1));
    YearMonth month = YearMonth.from(ChinaTime.today()).plusMonths(1);

    Page city = staff();
    StaffSignIn.signInEnrollingTotp(
        city, jdbc, passwords, Role.CITY_ADMIN, RegistryTestData.CITY, "市级管理员");
    runMonth(city, month);

    Page street = staff();
    StaffSignIn.signIn(street, jdbc, passwords, Role.STREET_CASEWORKER, RegistryTestData.STREET);
    street.navigate("/disability/subsidies");
    Locator row =
        street.getByTestId("recipient-row").filter(new Locator.FilterOptions().setHasText(name));
    assertThat(row).hasCount(1);
    assertThat(row).containsText("重度残疾人护理补贴");
    assertThat(row).containsText("肢体残疾1级");
    assertThat(row).containsText("待街道确认");
    // the community by name, not by code
    assertThat(row).not().containsText(RegistryTestData.COMMUNITY);
    row.getByTestId("confirm-one").click();
    assertThat(street.getByTestId("subsidy-message")).hasText("已确认发放重度残疾人护理补贴");
    assertThat(
            street
                .getByTestId("recipient-row")
                .filter(new Locator.FilterOptions().setHasText(name)))
        .hasCount(0);
    street.getByTestId("tab-confirmed").click();
    assertThat(
            street
                .getByTestId("recipient-row")
                .filter(new Locator.FilterOptions().setHasText(name)))
        .containsText("已确认发放");

    runMonth(city, month);
    city.navigate("/payments/rosters");
    city.locator("#draft-programme").selectOption("DISABILITY_CARE");
    city.locator("#draft-month").fill(month.toString());
    city.getByTestId("roster-draft").click();
    assertThat(city.getByTestId("flash-message")).containsText("已生成");

    BigDecimal onRoster =
        jdbc.sql(
                """
                select l.amount from payments.roster_line l
                  join payments.roster r on r.id = l.roster_id
                 where r.programme = 'DISABILITY_CARE' and r.month = ? and l.person_id = ?""")
            .params(month.atDay(1), person)
            .query(BigDecimal.class)
            .single();
    assertThat(onRoster).isEqualByComparingTo(CARE_GRADE_1);

    // The person sees in the portal what is paid and why.
    registerCitizen(codes, rated.idNumber(), name, PASSWORD);
    page.navigate("/portal/disability");
    assertThat(page.getByTestId("my-changes")).containsText("经街道确认符合条件");
    assertThat(page.getByTestId("my-months"))
        .containsText(month.getYear() + "年" + month.getMonthValue() + "月 · 重度残疾人护理补贴");
    assertThat(page.getByTestId("my-months")).containsText(CARE_GRADE_1 + " 元");
  }

  @Test
  void aCitizenRentsADeviceInThePortalAndThePointHandsItOutAndTakesItBack() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    // 2 yuan a day, 200 deposit, half the rent subsidised for a person with a rating.
    long item =
        catalogue.item("旅程轮椅-" + tag, "轮椅", new BigDecimal("2.00"), new BigDecimal("200.00"), 50);
    long point = catalogue.point("旅程服务点-" + tag, RegistryTestData.COMMUNITY, "旅程路1号");
    catalogue.addUnits(item, point, 1, "LC-" + tag);
    String name = "旅程租用" + tag.substring(0, 3);
    RegistryFixtures.Person renter =
        registry.disabledPerson(
            name,
            RegistryTestData.COMMUNITY,
            DisabilityCategory.PHYSICAL,
            2,
            LocalDate.of(2021, 3, 3));

    registerCitizen(codes, renter.idNumber(), name, PASSWORD);
    page.navigate("/portal/disability");
    page.locator("#offer").selectOption(item + ":" + point);
    page.locator("#days").fill("30");
    page.getByTestId("order-device").click();
    assertThat(page.getByTestId("device-message")).hasText("预约成功，请凭身份证到服务点领取");
    assertThat(page.getByTestId("my-rentals")).containsText("旅程轮椅-" + tag);

    Page point1 = staff();
    StaffSignIn.signIn(point1, jdbc, passwords, Role.COMMUNITY_WORKER, RegistryTestData.COMMUNITY);
    point1.navigate("/disability/devices");
    Locator rental =
        point1
            .getByTestId("rental-row")
            .filter(new Locator.FilterOptions().setHasText("旅程轮椅-" + tag));
    assertThat(rental).containsText("旅程服务点-" + tag);
    assertThat(rental.getByTestId("rental-person")).hasText(name);
    rental.getByTestId("hand-out").click();
    LocalDate due = ChinaTime.today().plusDays(30);
    assertThat(point1.getByTestId("device-message")).hasText("已发放，到期日 " + due);

    page.navigate("/portal/disability");
    assertThat(page.getByTestId("my-rentals")).containsText("到期 " + due);

    rental.getByTestId("take-back").click();
    // Returned the same day: one day's rent 2.00 out of the deposit, 198.00 back; the half the
    // subsidy pays (1.00) comes with the month's rental-subsidy settlement
    assertThat(point1.getByTestId("device-message")).hasText("已归还，退还押金 198.00 元");
    assertThat(rental).containsText("退押金 198.00 元");

    page.navigate("/portal/disability");
    assertThat(page.getByTestId("my-rentals")).containsText("退押金 198.00 元");
  }

  @Test
  void aStaffMemberDeliversADeviceAndRenewsIt() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    long item =
        catalogue.item("旅程护理床-" + tag, "护理床", new BigDecimal("5.00"), new BigDecimal("500.00"), 80);
    long point = catalogue.point("送货服务点-" + tag, RegistryTestData.COMMUNITY, "送货路1号");
    catalogue.addUnits(item, point, 1, "SH-" + tag);
    String name = "送货租用" + tag.substring(0, 3);
    RegistryFixtures.Person renter =
        registry.disabledPerson(
            name,
            RegistryTestData.COMMUNITY,
            DisabilityCategory.PHYSICAL,
            1,
            LocalDate.of(2021, 3, 3));

    registerCitizen(codes, renter.idNumber(), name, PASSWORD);
    page.navigate("/portal/disability");
    page.locator("#offer").selectOption(item + ":" + point);
    page.locator("#days").fill("60");
    page.locator("#deliveryAddress").fill("锦江区送货路8号2单元301");
    page.getByTestId("order-device").click();
    assertThat(page.getByTestId("my-rentals")).containsText("旅程护理床-" + tag);

    Page staff = staff();
    StaffSignIn.signIn(staff, jdbc, passwords, Role.COMMUNITY_WORKER, RegistryTestData.COMMUNITY);
    staff.navigate("/disability/devices");
    Locator rental =
        staff
            .getByTestId("rental-row")
            .filter(new Locator.FilterOptions().setHasText("旅程护理床-" + tag));
    assertThat(rental.getByTestId("delivery-address")).hasText("送货上门：锦江区送货路8号2单元301");
    assertThat(rental.getByTestId("hand-out")).hasText("已送达");
    rental.getByTestId("hand-out").click();
    LocalDate due = ChinaTime.today().plusDays(60);
    assertThat(staff.getByTestId("device-message")).hasText("已送货上门，到期日 " + due);

    rental.locator("input[name=days]").fill("30");
    rental.getByTestId("renew").click();
    LocalDate renewed = due.plusDays(30);
    assertThat(staff.getByTestId("device-message")).hasText("已续租，新的到期日 " + renewed);
    assertThat(rental).containsText(renewed.toString());

    page.navigate("/portal/disability");
    assertThat(page.getByTestId("my-rentals")).containsText("到期 " + renewed);
  }

  private static void runMonth(Page city, YearMonth month) {
    city.navigate("/disability/amounts");
    city.getByTestId("run-form").locator("input[name=month]").fill(month.toString());
    city.getByTestId("run-month").click();
    assertThat(city.getByTestId("amounts-message")).containsText(month + "：");
  }
}
