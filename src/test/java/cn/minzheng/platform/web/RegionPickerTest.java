package cn.minzheng.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The region picker (区 › 街道 › 社区, {@code fragments/form :: regionField}) offers the signed-in staff
 * member's own subtree and nothing else, the levels the field does not take only as groups; a code
 * typed into a forged request is still refused by the server, next to the field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegionPickerTest {

  static final String DISTRICT = "510104000000";
  static final String STREET = "510104001000";
  static final String COMMUNITY = "510104001001";
  static final String OTHER_DISTRICT_COMMUNITY = "510105001001";

  private static final Pattern OPTION =
      Pattern.compile("<option value=\"(\\d{12})\"([^>]*)>([^<]*)</option>");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired RegionQuery regions;

  static Authentication as(String region, Role role) {
    return StaffAuthentication.of(
        new StaffUser(-7_700 - role.ordinal(), "picker_" + role, "区划选择", region, Set.of(role)));
  }

  @Test
  void theAccountFormOffersTheDistrictAdministratorsWholeSubtreeAndNothingAboveOrBeside()
      throws Exception {
    Map<String, String> offered =
        options(page("/admin/accounts/new", as(DISTRICT, Role.SECURITY_ADMIN)), "regionCode");

    // expected from the tree's own paths: every node in force today that has the district on it
    LocalDate today = ChinaTime.today();
    Set<String> subtree =
        regions.all().stream()
            .filter(n -> n.activeOn(today))
            .filter(n -> regions.path(n.code()).stream().anyMatch(p -> p.code().equals(DISTRICT)))
            .map(RegionNode::code)
            .collect(Collectors.toSet());
    assertThat(subtree).hasSizeGreaterThan(10);
    assertThat(offered.keySet()).containsExactlyInAnyOrderElementsOf(subtree);
    assertThat(offered).doesNotContainKeys("510100000000", OTHER_DISTRICT_COMMUNITY);
    // the account form takes every level: the district itself can be chosen, so can a community
    assertThat(offered.get(DISTRICT)).doesNotContain("disabled");
    assertThat(offered.get(COMMUNITY)).doesNotContain("disabled");
    // the district first, each street before its communities
    assertThat(offered.keySet().iterator().next()).isEqualTo(DISTRICT);
    var order = offered.keySet().stream().toList();
    assertThat(order.indexOf(STREET)).isLessThan(order.indexOf(COMMUNITY));
  }

  @Test
  void aCommunityFieldOffersTheStreetOnlyAsAGroupAndNamesNotCodes() throws Exception {
    String html = page("/socialwork/governance", as(STREET, Role.STREET_CASEWORKER));
    Map<String, String> offered = options(html, "communityCode");

    Set<String> communities =
        regions.children(STREET).stream()
            .filter(n -> n.activeOn(ChinaTime.today()))
            .map(RegionNode::code)
            .collect(Collectors.toSet());
    assertThat(offered.keySet()).containsExactlyInAnyOrderElementsOf(union(communities, STREET));
    assertThat(offered.get(STREET)).contains("disabled");
    assertThat(offered.get(COMMUNITY)).doesNotContain("disabled");
    // the option shows the community's name, indented one level below the street
    String name = regions.find(COMMUNITY).orElseThrow().name();
    assertThat(offered.get(COMMUNITY)).endsWith(">　" + name);
    assertThat(html).contains("data-region-picker").contains("data-root=\"" + STREET + "\"");
  }

  @Test
  void aForgedCodeOutsideTheSubtreeIsRefusedNextToTheFieldAndNothingIsStored() throws Exception {
    String username = "picker_" + UUID.randomUUID().toString().substring(0, 8);
    String html =
        mvc.perform(
                post("/admin/accounts")
                    .param("username", username)
                    .param("displayName", "伪造区划")
                    .param("regionCode", OTHER_DISTRICT_COMMUNITY)
                    .param("password", "Sicher-Passwort-2026")
                    .param("roles", "STREET_CASEWORKER")
                    .with(authentication(as(DISTRICT, Role.SECURITY_ADMIN)))
                    .with(csrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .containsPattern(
            "id=\"regionCode-error\"[^>]*>所属区划超出您的管辖范围</div>|"
                + "<div class=\"invalid-feedback\" id=\"regionCode-error\"[^>]*>所属区划超出您的管辖范围");
    assertThat(
            jdbc.sql("select count(*) from platform.staff_account where username = ?")
                .param(username)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anUnknownLevelOfAFieldIsAMistakeOfThePageNotOfTheUser() {
    assertThat(RegionPicker.depths("street,community").stream().boxed().toList())
        .containsExactly(2, 3);
    assertThat(RegionPicker.depths(null).stream().boxed().toList()).containsExactly(3);
    assertThatThrownBy(() -> RegionPicker.depths("province"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private String page(String url, Authentication who) throws Exception {
    return mvc.perform(get(url).with(authentication(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The options of the named select: code to the rest of the option tag and its text. */
  private static Map<String, String> options(String html, String name) {
    int start = html.indexOf("name=\"" + name + "\"");
    assertThat(start).as("select " + name).isPositive();
    String select = html.substring(start, html.indexOf("</select>", start));
    Map<String, String> options = new LinkedHashMap<>();
    Matcher m = OPTION.matcher(select);
    while (m.find()) {
      options.put(m.group(1), m.group(2) + ">" + m.group(3));
    }
    return options;
  }

  private static Set<String> union(Set<String> codes, String one) {
    var all = new java.util.HashSet<>(codes);
    all.add(one);
    return all;
  }
}
