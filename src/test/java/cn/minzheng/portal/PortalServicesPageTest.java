package cn.minzheng.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.RegistryFixtures;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 办事 and the bottom navigation of the portal (办事 · 预约 · 消息 · 我的): every service on one page with
 * the unread messages, and on every page the tab of the page marked.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalServicesPageTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired FieldCipher cipher;
  @Autowired RegistryFixtures registry;
  @Autowired CitizenMessages messages;

  @Test
  void theServicesPageListsTheServicesAndTheUnreadAndEachPageMarksItsTab() throws Exception {
    var person = registry.person("办事页", "510104001001");
    String phone = PortalClient.newPhone();
    long account =
        jdbc.sql(
                "insert into portal.citizen_account (person_id, phone_enc, phone_idx,"
                    + " password_hash) values (?, ?, ?, 'x') returning id")
            .params(person.id(), cipher.encrypt(phone), cipher.blindIndex(phone))
            .query(Long.class)
            .single();
    messages.send(person.id(), "办事通知", "内容", null);
    var me = CitizenAuthentication.of(new Citizen(account, person.id()));

    String services = page("/portal/services", me);
    assertThat(services)
        .contains("data-testid=\"services-assistance\"", "data-testid=\"services-my-bookings\"")
        .contains("1条未读");
    assertThat(currentTab(services)).isEqualTo("tab-services");
    assertThat(currentTab(page("/portal/messages", me))).isEqualTo("tab-messages");
    assertThat(currentTab(page("/portal/me", me))).isEqualTo("tab-me");
    assertThat(currentTab(page("/portal/marriage/my", me))).isEqualTo("tab-bookings");
    assertThat(currentTab(page("/portal/assistance", me))).isEqualTo("tab-services");

    mvc.perform(get("/portal/services")).andExpect(status().is3xxRedirection());
  }

  /** The data-testid of the one tab marked aria-current="page". */
  private static String currentTab(String html) {
    assertThat(html).contains("data-testid=\"portal-tabbar\"");
    var tag = Pattern.compile("<a [^>]*data-testid=\"(tab-[a-z]+)\"[^>]*>").matcher(html);
    java.util.List<String> marked = new java.util.ArrayList<>();
    while (tag.find()) {
      if (tag.group().contains("aria-current=\"page\"")) {
        marked.add(tag.group(1));
      }
    }
    assertThat(marked).as("exactly one tab is marked").hasSize(1);
    return marked.get(0);
  }

  private String page(String path, CitizenAuthentication who) throws Exception {
    return mvc.perform(get(path).with(authentication(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
