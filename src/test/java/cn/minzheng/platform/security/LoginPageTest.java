package cn.minzheng.platform.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class LoginPageTest {

  @Autowired MockMvc mvc;

  @Test
  void namesTheReasonOfARefusedLoginInChinese() throws Exception {
    mvc.perform(get("/login").param("error", "locked"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("本地址已暂停登录")));
    mvc.perform(get("/login").param("error", "<script>"))
        .andExpect(content().string(containsString("用户名或密码错误。")))
        .andExpect(content().string(not(containsString("<script>"))));
  }

  @Test
  void demoSettingThatRelaxesTotpIsAnnouncedOnTheLoginPage() {
    var model = new org.springframework.ui.ExtendedModelMap();
    new LoginController(false).login(null, null, model);
    org.assertj.core.api.Assertions.assertThat(model.get("totpRelaxed")).isEqualTo(true);
  }

  @Test
  void saysNothingAboutRelaxedTotpWhenItIsEnforced() throws Exception {
    mvc.perform(get("/login"))
        .andExpect(content().string(containsString("工作人员登录")))
        .andExpect(content().string(not(containsString("已放宽双因素认证要求"))));
  }
}
