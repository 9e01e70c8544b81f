package cn.minzheng.disability;

import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.disability.device.DeviceCatalogue;
import cn.minzheng.disability.device.DeviceRejected;
import cn.minzheng.disability.device.DeviceRentals;
import cn.minzheng.disability.device.DeviceRentals.Channel;
import cn.minzheng.platform.Role;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 辅具: the catalogue page with the stock per point (the city adds items, a name twice refused with
 * 422; other roles 403); delivery (送货上门) with an address; renewal of a rental that is out up to 365
 * days in all (335 + 30 accepted, 336 + 30 refused), the due date moved and the overdue reminder
 * started again; another district's rental answers 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeviceCatalogueAndRenewalTest {

  @Autowired MockMvc mvc;
  @Autowired DeviceCatalogue catalogue;
  @Autowired DeviceRentals rentals;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;

  @Test
  void theCatalogueShowsStockPerPointAndOnlyTheCityAddsItems() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    var city = auth(RegistryTestData.CITY, Role.CITY_ADMIN);
    mvc.perform(
            post("/disability/devices/catalogue/items")
                .param("name", "助行器-" + tag)
                .param("kind", "助行器")
                .param("dailyRent", "1.50")
                .param("deposit", "200")
                .param("subsidyPercent", "60")
                .with(authentication(city))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("已加入目录：助行器-" + tag)));
    mvc.perform(
            post("/disability/devices/catalogue/items")
                .param("name", "助行器-" + tag)
                .param("kind", "助行器")
                .param("dailyRent", "1.50")
                .param("deposit", "200")
                .with(authentication(city))
                .with(csrf()))
        .andExpect(status().is(422))
        .andExpect(content().string(Matchers.containsString("辅具名称：目录中已有“助行器-" + tag + "”")));
    mvc.perform(
            post("/disability/devices/catalogue/items")
                .param("name", "负租金-" + tag)
                .param("kind", "助行器")
                .param("dailyRent", "-1")
                .param("deposit", "200")
                .with(authentication(city))
                .with(csrf()))
        .andExpect(status().is(422))
        .andExpect(content().string(Matchers.containsString("日租金：须为不小于0")));
    mvc.perform(
            post("/disability/devices/catalogue/items")
                .param("name", "街道加-" + tag)
                .param("kind", "助行器")
                .param("dailyRent", "1")
                .param("deposit", "1")
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER)))
                .with(csrf()))
        .andExpect(status().isForbidden());

    long item =
        jdbc.sql("select id from disability.device_item where name = ?")
            .param("助行器-" + tag)
            .query(Long.class)
            .single();
    long point = catalogue.point("目录服务点-" + tag, RegistryTestData.STREET, "测试路3号");
    mvc.perform(
            post("/disability/devices/catalogue/units")
                .param("itemId", "" + item)
                .param("pointId", "" + point)
                .param("count", "4")
                .param("serialPrefix", "ML-" + tag)
                .with(authentication(city))
                .with(csrf()))
        .andExpect(content().string(Matchers.containsString("已入库 4 件")));
    long person = registry.person("目录租用", RegistryTestData.COMMUNITY).id();
    rentals.order(person, item, point, 10, Channel.POINT, "test");

    mvc.perform(
            get("/disability/devices/catalogue")
                .with(authentication(auth(RegistryTestData.STREET, Role.STREET_CASEWORKER))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("目录服务点-" + tag)))
        .andExpect(
            content().string(Matchers.not(Matchers.containsString("data-testid=\"item-form\""))));
    assertThat(catalogue.stock(cn.minzheng.platform.RegionFilter.all()))
        .filteredOn(s -> s.pointId() == point)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.available()).isEqualTo(3);
              assertThat(s.rented()).isEqualTo(1);
              assertThat(s.damaged()).isZero();
            });
  }

  @Test
  void aDeliveryNeedsAnAddressAndARenewalMovesTheDueDateUpTo365DaysInAll() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long item =
        catalogue.item("护理床-" + tag, "护理床", new BigDecimal("5.00"), new BigDecimal("800.00"), 50);
    long point = catalogue.point("续租服务点-" + tag, RegistryTestData.STREET, "测试路4号");
    catalogue.addUnits(item, point, 3, "HL-" + tag);
    long person = registry.person("续租人", RegistryTestData.COMMUNITY).id();

    assertThatThrownBy(() -> rentals.order(person, item, point, 30, Channel.PORTAL, "一号", "t"))
        .isInstanceOf(DeviceRejected.class)
        .hasMessage("送货地址：请填写5至200字的详细地址");
    long delivered = rentals.order(person, item, point, 335, Channel.PORTAL, "锦江区测试路5号2栋", "t");
    var street = auth(RegistryTestData.STREET, Role.STREET_CASEWORKER);
    mvc.perform(get("/disability/devices").with(authentication(street)))
        .andExpect(content().string(Matchers.containsString("送货上门：锦江区测试路5号2栋")))
        .andExpect(content().string(Matchers.containsString("已送达")));
    mvc.perform(
            post("/disability/devices/{id}/renew", delivered)
                .param("days", "30")
                .with(authentication(street))
                .with(csrf()))
        .andExpect(flash().attribute("error", "只有租用中的辅具可以续租"));

    LocalDate handedOut = LocalDate.of(2026, 1, 5);
    rentals.handOut(delivered, handedOut);
    jdbc.sql("update disability.rental set reminded_on = date '2026-12-06' where id = ?")
        .param(delivered)
        .update();
    mvc.perform(
            post("/disability/devices/{id}/renew", delivered)
                .param("days", "31")
                .with(authentication(street))
                .with(csrf()))
        .andExpect(flash().attribute("error", "续租天数：续租后总租期不能超过365天（还可续租30天）"));
    mvc.perform(
            post("/disability/devices/{id}/renew", delivered)
                .param("days", "30")
                .with(authentication(auth("510105000000", Role.DISTRICT_APPROVER)))
                .with(csrf()))
        .andExpect(status().isNotFound());
    LocalDate expected = handedOut.plusDays(335).plusDays(30);
    mvc.perform(
            post("/disability/devices/{id}/renew", delivered)
                .param("days", "30")
                .with(authentication(street))
                .with(csrf()))
        .andExpect(flash().attribute("message", "已续租，新的到期日 " + expected));

    var r = rentals.find(delivered);
    assertThat(r.dueOn()).isEqualTo(expected);
    assertThat(r.days()).isEqualTo(365);
    assertThat(
            jdbc.sql("select reminded_on is null from disability.rental where id = ?")
                .param(delivered)
                .query(Boolean.class)
                .single())
        .as("the overdue reminder starts again from the new due date")
        .isTrue();
    assertThat(
            jdbc.sql(
                    "select old_due_on || '>' || new_due_on from disability.rental_renewal"
                        + " where rental_id = ?")
                .param(delivered)
                .query(String.class)
                .list())
        .containsExactly(handedOut.plusDays(335) + ">" + expected);
    assertThatThrownBy(() -> rentals.renew(delivered, 1, "t"))
        .isInstanceOf(DeviceRejected.class)
        .hasMessage("续租天数：续租后总租期不能超过365天（还可续租0天）");
  }
}
