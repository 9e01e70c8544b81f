package cn.minzheng.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.minzheng.portal.CitizenAuthentication.Citizen;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.testing.ApiContract;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 我的消息 through the API (issue 22): own messages only, reading marks read, as on the page. */
@SpringBootTest
@AutoConfigureMockMvc
class CitizenMessageApiTest {

  @Autowired MockMvc mvc;
  @Autowired CitizenMessages messages;
  @Autowired RegistryFixtures registry;

  private final JsonMapper json = JsonMapper.builder().build();

  private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
    MvcResult result = mvc.perform(request).andReturn();
    ApiContract.assertConforms(mvc, result);
    return result;
  }

  private JsonNode body(MvcResult result) throws Exception {
    return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }

  @Test
  void aCitizenReadsOwnMessagesAndReadingOneLowersTheUnreadCount() throws Exception {
    long person = registry.person("消息接口", "510104001001").id();
    long other = registry.person("他人消息", "510104001001").id();
    messages.send(person, "预约成功", "预约码 ABCDEFGH23", "/portal/marriage/my");
    messages.send(person, "明日预约提醒", "请按时到场。", null);
    messages.send(other, "他人的消息", "不应看到", null);
    Citizen citizen = new Citizen(990_001, person);

    MvcResult list =
        perform(
            get("/api/v1/citizen/messages")
                .with(authentication(CitizenAuthentication.of(citizen))));
    assertThat(list.getResponse().getStatus()).isEqualTo(200);
    assertThat(body(list).get("unread").asLong()).isEqualTo(2);
    assertThat(body(list).get("messages").size()).isEqualTo(2);
    assertThat(body(list).get("messages").get(0).get("subject").asString()).isEqualTo("明日预约提醒");
    long first = body(list).get("messages").get(1).get("id").asLong();

    MvcResult opened =
        perform(
            get("/api/v1/citizen/messages/" + first)
                .with(authentication(CitizenAuthentication.of(citizen))));
    assertThat(body(opened).get("body").asString()).isEqualTo("预约码 ABCDEFGH23");
    assertThat(messages.unreadCount(person)).isOne();

    long foreign =
        body(perform(
                get("/api/v1/citizen/messages")
                    .with(authentication(CitizenAuthentication.of(new Citizen(990_002, other))))))
            .get("messages")
            .get(0)
            .get("id")
            .asLong();
    MvcResult notMine =
        perform(
            get("/api/v1/citizen/messages/" + foreign)
                .with(authentication(CitizenAuthentication.of(citizen))));
    assertThat(notMine.getResponse().getStatus()).isEqualTo(404);
  }
}
