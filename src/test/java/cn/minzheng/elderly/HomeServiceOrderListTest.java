package cn.minzheng.elderly;

import static cn.minzheng.elderly.ElderlyTestData.idNumberBornOn;
import static cn.minzheng.registry.RegistryTestData.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.elderly.homeservice.HomeServiceItem;
import cn.minzheng.elderly.homeservice.HomeServiceOrders;
import cn.minzheng.elderly.homeservice.HomeServiceProviders;
import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryTestData;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 居家上门服务's open orders: paged, filtered by provider, item and service date, sorted, scoped to the
 * street; the record form opens from the row (a dialog, or its own page without script).
 */
@SpringBootTest
@AutoConfigureMockMvc
class HomeServiceOrderListTest {

  private static final Pattern ORDER_LINK =
      Pattern.compile("/elderly/home-services/orders/(\\d+)\"");

  @Autowired MockMvc mvc;
  @Autowired RegistryFixtures registry;
  @Autowired HomeServiceProviders providers;
  @Autowired HomeServiceOrders orders;

  private final StaffAuthentication street = auth(RegistryTestData.STREET, Role.STREET_CASEWORKER);
  private final LocalDate today = ChinaTime.today();
  private final List<Long> cleaning = new ArrayList<>();
  private long provider;
  private long meals;
  private long outside;

  @BeforeEach
  void elevenOrdersInTheStreetAndOneInTheNext() throws Exception {
    provider =
        providers.addProvider("分页测试家政" + System.nanoTime(), RegistryTestData.STREET, "028-1");
    long inside = elder(RegistryTestData.COMMUNITY, street, LocalDate.of(1941, 3, 3));
    long next =
        elder(
            RegistryTestData.SIBLING_STREET_COMMUNITY,
            auth("510104002000", Role.STREET_CASEWORKER),
            LocalDate.of(1941, 3, 4));
    for (int day = 0; day < 10; day++) {
      cleaning.add(
          orders.order(
              inside, provider, HomeServiceItem.CLEANING, today.plusDays(day), false, "t"));
    }
    meals = orders.order(inside, provider, HomeServiceItem.MEALS, today.plusDays(20), false, "t");
    outside = orders.order(next, provider, HomeServiceItem.CLEANING, today, false, "t");
  }

  @Test
  void theProvidersOrdersComeTenToAPageAndOnlyThoseOfTheStreet() throws Exception {
    String first = page("provider=" + provider + "&size=10");
    String second = page("provider=" + provider + "&size=10&page=2");

    assertThat(total(first)).isEqualTo(11);
    List<Long> shown = new ArrayList<>(orderIds(first));
    assertThat(shown).hasSize(10);
    shown.addAll(orderIds(second));
    List<Long> expected = new ArrayList<>(cleaning);
    expected.add(meals);
    assertThat(shown).containsExactlyElementsOf(expected);
    assertThat(shown).doesNotContain(outside);
    assertThat(first).contains("id=\"record-dialog\"").contains("data-testid=\"pager\"");
  }

  @Test
  void filtersByItemAndByServiceDateAndSortsByDateDescending() throws Exception {
    assertThat(orderIds(page("provider=" + provider + "&item=MEALS"))).containsExactly(meals);
    // today up to and including today + 3: four of the daily cleaning orders, none after
    String dueBy = page("provider=" + provider + "&dueBy=" + today.plusDays(3));
    assertThat(orderIds(dueBy)).containsExactlyElementsOf(cleaning.subList(0, 4));
    assertThat(orderIds(page("provider=" + provider + "&sort=scheduled_on&dir=desc")).get(0))
        .isEqualTo(meals);
    // a tampered sort column falls back to the service date
    assertThat(orderIds(page("provider=" + provider + "&sort=id;drop")).get(0))
        .isEqualTo(cleaning.get(0));
  }

  @Test
  void theRecordFormOfAnOrderOutsideTheStreetIsNotFound() throws Exception {
    mvc.perform(get("/elderly/home-services/orders/" + outside).with(authentication(street)))
        .andExpect(status().isNotFound());
    String form =
        mvc.perform(get("/elderly/home-services/orders/" + meals).with(authentication(street)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(form).contains("data-testid=\"record-form\"").contains("助餐送餐");
  }

  private long elder(String community, StaffAuthentication worker, LocalDate born)
      throws Exception {
    String idNumber = idNumberBornOn(born);
    long id = registry.person(idNumber, "工单测试", community).id();
    mvc.perform(
            post("/elderly/home-services/enrol")
                .param("idNumber", idNumber)
                .param("group", "SOLITARY")
                .with(authentication(worker))
                .with(csrf()))
        .andExpect(status().isOk());
    return id;
  }

  private String page(String query) throws Exception {
    return mvc.perform(get("/elderly/home-services?" + query).with(authentication(street)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static long total(String page) {
    Matcher m = Pattern.compile("data-testid=\"pager-total\">(\\d+)<").matcher(page);
    assertThat(m.find()).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static List<Long> orderIds(String page) {
    List<Long> ids = new ArrayList<>();
    Matcher m = ORDER_LINK.matcher(page);
    while (m.find()) {
      ids.add(Long.parseLong(m.group(1)));
    }
    return ids;
  }
}
