package cn.minzheng.elderly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.elderly.servicelist.ServiceCategory;
import cn.minzheng.elderly.servicelist.ServiceItem;
import cn.minzheng.elderly.servicelist.ServiceList;
import cn.minzheng.elderly.servicelist.ServiceList.ItemVersion;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** 基本养老服务清单: 3 categories and 34 items (brief), effective-dated edits, public page. */
@SpringBootTest
@AutoConfigureMockMvc
class ServiceListTest {

  @Autowired ServiceList list;
  @Autowired MockMvc mvc;

  @Test
  void theListHasThirtyFourItemsInTheThreeNationalCategories() {
    var items = list.validOn(LocalDate.of(2024, 6, 1));
    assertThat(items).hasSize(34);
    Set<ServiceCategory> categories =
        items.stream().map(ServiceItem::category).collect(Collectors.toSet());
    assertThat(categories).containsExactlyInAnyOrder(ServiceCategory.values());
  }

  @Test
  void anEditAppliesFromItsDateAndEarlierDaysKeepTheOldVersion() {
    list.save(
        new ItemVersion(
            "ZH-05",
            ServiceCategory.CARE,
            "社区日间照料（修订）",
            "社区老年人",
            "日间托养",
            "每周不少于5天",
            "日间照料中心",
            "财政补贴"),
        LocalDate.of(2031, 1, 1),
        "admin");

    assertThat(name("ZH-05", LocalDate.of(2030, 12, 31))).isEqualTo("社区日间照料");
    assertThat(name("ZH-05", LocalDate.of(2031, 1, 1))).isEqualTo("社区日间照料（修订）");
    assertThat(list.validOn(LocalDate.of(2031, 1, 1))).hasSize(34);
  }

  @Test
  void refusesAnItemWithoutAFundingSource() {
    assertThatThrownBy(
            () ->
                list.save(
                    new ItemVersion(
                        "GA-99", ServiceCategory.CARING, "测试", "老年人", "内容", "标准", "社区", " "),
                    LocalDate.of(2032, 1, 1),
                    "admin"))
        .hasMessage("资金来源：不能为空");
  }

  @Test
  void thePublicPageShowsTheCategoriesWithoutSigningIn() throws Exception {
    mvc.perform(get("/public/elderly/service-list"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("物质帮助")))
        .andExpect(content().string(Matchers.containsString("照护服务")))
        .andExpect(content().string(Matchers.containsString("关爱服务")));
  }

  private String name(String code, LocalDate day) {
    return list.validOn(day).stream()
        .filter(i -> i.code().equals(code))
        .findFirst()
        .orElseThrow()
        .name();
  }
}
