package cn.minzheng.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import jakarta.servlet.RequestDispatcher;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ShellAndErrorsTest {

  @Autowired MockMvc mvc;

  static StaffAuthentication staff(String region, Role role) {
    return StaffAuthentication.of(
        new StaffUser(-2000, "shell_" + role.name().toLowerCase(), "𠮷田·测试", region, Set.of(role)));
  }

  @Test
  void menuShowsOnlyWhatTheRolesPermit() throws Exception {
    mvc.perform(get("/").with(authentication(staff("510100000000", Role.SECURITY_ADMIN))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/admin/accounts\"")))
        .andExpect(content().string(containsString("待办事项")));
    mvc.perform(get("/").with(authentication(staff("510104001000", Role.STREET_CASEWORKER))))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("href=\"/admin/accounts\""))))
        .andExpect(content().string(containsString("待办事项")));
  }

  @Test
  void topBarShowsNameRoleAndRegionName() throws Exception {
    mvc.perform(get("/").with(authentication(staff("510104000000", Role.DISTRICT_APPROVER))))
        .andExpect(content().string(containsString("𠮷田·测试")))
        .andExpect(content().string(containsString("区县审批人")))
        .andExpect(content().string(containsString("锦江区")));
  }

  // MockMvc performs no error dispatch: the container's forward to /error is made by hand.
  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
      errorDispatch(int status, String path) {
    return get("/error")
        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path);
  }

  @Test
  void unknownPageAnswersTheChinese404Page() throws Exception {
    mvc.perform(
            errorDispatch(404, "/no/such/page")
                .accept("text/html")
                .with(authentication(staff("510104001000", Role.STREET_CASEWORKER))))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("页面或记录不存在")))
        .andExpect(content().string(containsString("data-testid=\"topbar-user\"")));
  }

  @Test
  void unknownApiPathAnswersProblemDetail() throws Exception {
    mvc.perform(errorDispatch(404, "/api/v1/no-such-thing").accept("application/json"))
        .andExpect(status().isNotFound())
        .andExpect(header().string("Content-Type", containsString("application/problem+json")))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.title").value("未找到"))
        .andExpect(jsonPath("$.instance").value("/api/v1/no-such-thing"));
  }

  @Test
  void forbiddenPageAnswersTheChinese403Page() throws Exception {
    mvc.perform(
            get("/admin/accounts")
                .with(authentication(staff("510104001000", Role.STREET_CASEWORKER))))
        .andExpect(status().isForbidden());
    mvc.perform(
            errorDispatch(403, "/admin/accounts")
                .accept("text/html")
                .with(authentication(staff("510104001000", Role.STREET_CASEWORKER))))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("您的角色无权访问此页面")));
  }

  @Test
  void serverErrorAnswersTheChinese500Page() throws Exception {
    mvc.perform(errorDispatch(500, "/somewhere").accept("text/html"))
        .andExpect(status().isInternalServerError())
        .andExpect(content().string(containsString("系统错误")));
  }

  @Test
  void openApiDocumentNamesThePlatformAndTheBearerScheme() throws Exception {
    mvc.perform(get("/api/v1/openapi"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.info.title").value("智慧民政一体化平台 API"))
        .andExpect(jsonPath("$.components.securitySchemes.bearerToken.scheme").value("bearer"));
  }

  @Test
  void homePageShowsPendingWorkWithOverdueMarkedAndOldestFirst() throws Exception {
    StaffAuthentication probe =
        StaffAuthentication.of(
            new StaffUser(
                -2001,
                ProbeWorkQueueSource.USERNAME,
                "探针",
                "510104001000",
                Set.of(Role.STREET_CASEWORKER)));

    String page =
        mvc.perform(get("/").with(authentication(probe)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    org.assertj.core.api.Assertions.assertThat(page)
        .contains("data-testid=\"work-queue-overdue\"", "已超期 2 件", "最早一件：2026-03-01")
        .doesNotContain("work-queue-probe-none", "work-queue-empty");
    org.assertj.core.api.Assertions.assertThat(page.indexOf("work-queue-probe-late"))
        .isLessThan(page.indexOf("work-queue-probe-new"));
  }

  @Test
  void homePageShowsTheEmptyWorkQueue() throws Exception {
    mvc.perform(get("/").with(authentication(staff("510104001001", Role.COMMUNITY_WORKER))))
        .andExpect(content().string(containsString("data-testid=\"work-queue-empty\"")));
  }
}
