package cn.minzheng.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.marriage.MarriageFixtures;
import cn.minzheng.marriage.domain.offices.Offices;
import cn.minzheng.platform.MenuItem;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.platform.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Menus per user (issue 24), for every demo account of docs/demo-accounts.md: the entries its roles
 * permit, the marriage group only where the account's region has a registry office (a street has
 * none), every group with an icon that Bootstrap Icons has, the current page marked and its group
 * open, and the drawer's button for a phone.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffMenuTest {

  private static final String MARRIAGE = "婚姻登记";

  private static final Pattern MENU = Pattern.compile("(?s)<nav id=\"mz-menu\".*?</nav>");
  private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");
  private static final Pattern GROUP =
      Pattern.compile(
          "(?s)<details[^>]*data-menu-group=\"([^\"]+)\"[^>]*>\\s*<summary[^>]*>\\s*<i class=\"bi me-1 bi-([a-z0-9-]+)\"");

  @Autowired MockMvc mvc;
  @Autowired List<MenuItem> items;
  @Autowired Offices offices;
  @Autowired RegionHierarchy regions;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void anOfficeInJinjiang() {
    if (!officeIn(MarriageFixtures.JINJIANG)) {
      MarriageFixtures.office(offices, MarriageFixtures.JINJIANG);
    }
  }

  /** Whether an active registry office lies in the subtree of {@code region}, from the table. */
  private boolean officeIn(String region) {
    return jdbc.sql(
            "select exists (select 1 from marriage.office where active and region_code = any(?))")
        .param(regions.subtreeOf(region).toArray(String[]::new))
        .query(Boolean.class)
        .single();
  }

  private String page(String path, DemoAccounts.Demo who) throws Exception {
    return mvc.perform(get(path).with(authentication(who.auth())))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private static String menu(String html) {
    Matcher m = MENU.matcher(html);
    assertThat(m.find()).as("the page has the menu").isTrue();
    return m.group();
  }

  private static Set<String> links(String menu) {
    Set<String> links = new LinkedHashSet<>();
    Matcher m = HREF.matcher(menu);
    while (m.find()) {
      links.add(m.group(1));
    }
    return links;
  }

  @Test
  void everyDemoAccountSeesTheEntriesOfItsRolesAndMarriageOnlyWhereThereIsAnOffice()
      throws Exception {
    for (DemoAccounts.Demo demo : DemoAccounts.ALL) {
      Set<String> expected = new TreeSet<>();
      for (MenuItem item : items) {
        boolean permitted =
            item.roles() == null || item.roles().isEmpty() || item.roles().contains(demo.role());
        boolean office = !item.group().equals(MARRIAGE) || officeIn(demo.region());
        if (permitted && office) {
          expected.add(item.path());
        }
      }
      assertThat(new TreeSet<>(links(menu(page("/", demo)))))
          .as(demo.username())
          .isEqualTo(expected);
    }
  }

  @Test
  void aStreetWithoutARegistryOfficeSeesNoMarriageMenusItsDistrictDoes() throws Exception {
    DemoAccounts.Demo street = DemoAccounts.STREET_WORKER;
    DemoAccounts.Demo district = DemoAccounts.DISTRICT_APPROVER;
    assertThat(officeIn(street.region())).isFalse();
    // the street's role is one the counter accepts: the office, not the role, keeps the menu away
    assertThat(items)
        .anySatisfy(
            i -> {
              assertThat(i.group()).isEqualTo(MARRIAGE);
              assertThat(i.roles()).contains(Role.STREET_CASEWORKER);
            });
    assertThat(menu(page("/", street))).doesNotContain(MARRIAGE, "/marriage/");
    assertThat(menu(page("/", district))).contains(MARRIAGE, "href=\"/marriage/counter\"");
  }

  @Test
  void everyGroupHasAnIconThatBootstrapIconsHas() throws Exception {
    String css = bootstrapIconsCss();
    Set<String> groups = new TreeSet<>();
    for (DemoAccounts.Demo demo : DemoAccounts.ALL) {
      Matcher m = GROUP.matcher(menu(page("/", demo)));
      while (m.find()) {
        groups.add(m.group(1));
        assertThat(m.group(2)).as("icon of " + m.group(1)).isNotEqualTo("folder");
        assertThat(css).as("icon of " + m.group(1)).contains(".bi-" + m.group(2) + "::before");
      }
    }
    Set<String> declared = new TreeSet<>();
    items.forEach(i -> declared.add(i.group()));
    // every group some module declares is in some demo account's menu, so each was checked here
    assertThat(groups).isEqualTo(declared);
  }

  private static String bootstrapIconsCss() throws IOException {
    Resource[] found =
        new PathMatchingResourcePatternResolver()
            .getResources(
                "classpath*:META-INF/resources/webjars/bootstrap-icons/*/font/bootstrap-icons.css");
    assertThat(found).as("the Bootstrap Icons WebJar").isNotEmpty();
    return found[0].getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void theCurrentPageIsMarkedItsGroupOpenAndAPhoneGetsTheMenuButton() throws Exception {
    DemoAccounts.Demo street = DemoAccounts.STREET_WORKER;
    String html = page("/monitoring/visits", street);
    String menu = menu(html);
    List<String> current = new ArrayList<>();
    Matcher marked =
        Pattern.compile("<a class=\"nav-link py-1 active\" href=\"([^\"]+)\" aria-current=\"page\"")
            .matcher(menu);
    while (marked.find()) {
      current.add(marked.group(1));
    }
    assertThat(current).containsExactly("/monitoring/visits");
    assertThat(menu)
        .contains("data-menu-group=\"动态监测\" data-menu-current=\"true\"")
        .contains("data-menu-group=\"工作台\" data-menu-current=\"false\"");
    assertThat(html)
        .contains("data-menu-toggle")
        .contains("aria-controls=\"mz-menu\"")
        .containsPattern("/webjars/bootstrap-icons/[0-9.]+/font/bootstrap-icons.min.css");
  }
}
