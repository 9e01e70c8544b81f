package cn.minzheng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The browser tests fail loudly, with instructions, when no Chromium is there. */
class BrowserTestSupportTest {

  @Test
  void failsWithInstructionsWhenNoChromiumIsFound() {
    assertThatThrownBy(() -> BrowserTestSupport.chromium("/nonexistent/chromium", null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apt-get install -y chromium")
        .hasMessageContaining("MINZHENG_CHROMIUM");
  }

  @Test
  void theEnvironmentVariableWinsOverTheSystemProperty() {
    assertThatThrownBy(() -> BrowserTestSupport.chromium("/nonexistent/env", "/usr/bin/chromium"))
        .hasMessageContaining("/nonexistent/env");
    assertThatThrownBy(() -> BrowserTestSupport.chromium(null, "/nonexistent/property"))
        .hasMessageContaining("/nonexistent/property");
    assertThat(BrowserTestSupport.DEFAULT_CHROMIUM).isEqualTo("/usr/bin/chromium");
  }
}
