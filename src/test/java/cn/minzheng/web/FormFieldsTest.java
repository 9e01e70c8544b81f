package cn.minzheng.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.minzheng.platform.Role;
import cn.minzheng.platform.StaffAuthentication;
import cn.minzheng.platform.StaffUser;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages built from {@code fragments/form.html} show a refused field's Chinese error right after the
 * field, with the label tied to the control and the control pointing at its error.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormFieldsTest {

  private static final String COMMUNITY = "510104001001";

  @Autowired MockMvc mvc;

  @Test
  void thePersonFormShowsTheIdNumberErrorNextToItsLabelledField() throws Exception {
    String page =
        mvc.perform(
                post("/registry/persons")
                    .with(authentication(staff("510104001000", Role.STREET_CASEWORKER)))
                    .with(csrf())
                    .param("idNumber", "123")
                    .param("name", "错号")
                    .param("residenceRegionCode", COMMUNITY)
                    .param("legalBasis", "STATUTORY_DUTY"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertFieldError(page, "idNumber", "身份证号", "身份证号码格式错误");
    assertThat(page).doesNotContain("id=\"name-error\"");
  }

  @Test
  void theNewRegionFormShowsTheCodeErrorAtTheCodeField() throws Exception {
    String page =
        mvc.perform(
                post("/admin/regions/510104001000/children")
                    .with(authentication(staff("510100000000", Role.CITY_ADMIN)))
                    .with(csrf())
                    .param("childCode", "12345")
                    .param("name", "表单社区")
                    .param("kind", "社区"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertFieldError(page, "child-code", "区划代码（12位）", "区划代码：必须为12位数字");
  }

  @Test
  void theAccountFormShowsTheBindingErrorAtItsFieldAndNeverEchoesThePassword() throws Exception {
    String page =
        mvc.perform(
                post("/admin/accounts")
                    .with(authentication(staff("510100000000", Role.SECURITY_ADMIN)))
                    .with(csrf())
                    .param("username", "表单")
                    .param("displayName", "表单测试")
                    .param("regionCode", "510104001000")
                    .param("password", "short")
                    .param("roles", "STREET_CASEWORKER"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertFieldError(page, "username", "用户名", "用户名须为 3-32 位小写字母");
    assertThat(page).doesNotContain("value=\"short\"");
  }

  /**
   * The label for the control, then the control marked invalid and described by its error, then the
   * error itself: nothing between them, so the message stands next to its field.
   */
  private static void assertFieldError(String page, String id, String label, String message) {
    Pattern field =
        Pattern.compile(
            "<label for=\""
                + id
                + "\"[^>]*>"
                + Pattern.quote(label)
                + "(<span[^>]*>[^<]*</span>)?</label>"
                + "\\s*<(input|select|textarea) id=\""
                + id
                + "\"[^>]*?class=\"[^\"]*is-invalid[^>]*"
                + "aria-describedby=\""
                + id
                + "-error\"[^>]*>(\\s*<option[\\s\\S]*?</select>)?"
                + "\\s*<div class=\"invalid-feedback\" id=\""
                + id
                + "-error\"[^>]*>([^<]*)</div>");
    Matcher m = field.matcher(page);
    assertThat(m.find()).as("label, field and error of %s in order", id).isTrue();
    assertThat(m.group(4)).startsWith(message);
  }

  private static StaffAuthentication staff(String region, Role role) {
    return StaffAuthentication.of(new StaffUser(90_001, "form-test", "表单测试", region, Set.of(role)));
  }
}
