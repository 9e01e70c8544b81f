package cn.minzheng.platform.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.platform.apiaccess.ServiceAccounts;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The Prometheus metrics are read by a scrape account's token only (issue 14). */
// Spring Boot turns metric export off in tests; this test needs the Prometheus endpoint itself.
@SpringBootTest(properties = "management.prometheus.metrics.export.enabled=true")
@AutoConfigureMockMvc
class MetricsAccessTest {

  @Autowired MockMvc mvc;
  @Autowired ServiceAccounts serviceAccounts;

  private String token(String scope) {
    return serviceAccounts
        .create("监控-" + UUID.randomUUID(), "市大数据中心", Set.of(scope), "test")
        .token();
  }

  @Test
  void refusesAnonymousScrapes() throws Exception {
    mvc.perform(get("/actuator/prometheus"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.status").value(401));
  }

  @Test
  void refusesATokenWithoutTheMetricsScope() throws Exception {
    mvc.perform(
            get("/actuator/prometheus")
                .header("Authorization", "Bearer " + token("registry:death-report")))
        .andExpect(status().isForbidden());
  }

  @Test
  void refusesASignedInStaffMember() throws Exception {
    StaffUser admin =
        new StaffUser(-901, "sys_metrics", "系统管理员", "510100000000", Set.of(Role.SYSTEM_ADMIN));
    mvc.perform(get("/actuator/prometheus").with(authentication(StaffAuthentication.of(admin))))
        .andExpect(status().isForbidden());
  }

  @Test
  void servesTheMetricsToTheScrapeAccount() throws Exception {
    mvc.perform(
            get("/actuator/prometheus")
                .header("Authorization", "Bearer " + token(WebSecurityConfig.METRICS_SCOPE)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")));
  }

  @Test
  void healthStaysOpenForTheLoadBalancer() throws Exception {
    mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
  }
}
