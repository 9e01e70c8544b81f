package cn.minzheng.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.testing.ClientSession;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Steps of the portal journeys through MockMvc, each from its own client address. */
final class PortalTestSupport {

  static final String PASSWORD = "Secret2026abc";

  private PortalTestSupport() {}

  static String newPhone() {
    return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  static String newAddress() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "10." + r.nextInt(1, 255) + "." + r.nextInt(1, 255) + "." + r.nextInt(1, 255);
  }

  static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
    return request.with(
        r -> {
          r.setRemoteAddr(address);
          return r;
        });
  }

  /** Sends a registration code to the phone and answers the code the development sender holds. */
  static String requestCode(
      MockMvc mvc, DevelopmentCodeSender sender, ClientSession session, String phone)
      throws Exception {
    mvc.perform(
            from(post("/portal/register/code"), newAddress())
                .with(session)
                .param("phone", phone)
                .with(csrf()))
        .andDo(session)
        .andReturn();
    return sender.latestCodeFor(phone).orElseThrow();
  }

  static MvcResult register(
      MockMvc mvc, ClientSession session, String name, String idNumber, String code)
      throws Exception {
    return mvc.perform(
            from(post("/portal/register"), newAddress())
                .with(session)
                .param("name", name)
                .param("idNumber", idNumber)
                .param("password", PASSWORD)
                .param("passwordConfirmation", PASSWORD)
                .param("code", code)
                .with(csrf()))
        .andDo(session)
        .andReturn();
  }
}
