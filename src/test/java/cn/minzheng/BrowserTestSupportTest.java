package cn.minzheng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Which browser the journeys drive: the configured Chromium, Debian's, or Playwright's own
 * download; and a loud failure with instructions when none of them works.
 */
class BrowserTestSupportTest {

  private static Predicate<Path> installed(String... paths) {
    Set<Path> there = Arrays.stream(paths).map(Path::of).collect(Collectors.toSet());
    return there::contains;
  }

  @Test
  void aConfiguredChromiumThatIsNotThereFailsWithInstructions() {
    // configured wrongly: said, not papered over by a download (Debian's is even installed)
    assertThatThrownBy(
            () ->
                BrowserTestSupport.chromium(
                    "/nonexistent/chromium", null, installed("/usr/bin/chromium")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/nonexistent/chromium")
        .hasMessageContaining("apt-get install -y chromium")
        .hasMessageContaining("MINZHENG_CHROMIUM");
  }

  @Test
  void theEnvironmentVariableWinsOverTheSystemProperty() {
    Predicate<Path> both = installed("/opt/env/chromium", "/opt/property/chromium");
    assertThat(BrowserTestSupport.chromium("/opt/env/chromium", "/opt/property/chromium", both))
        .contains(Path.of("/opt/env/chromium"));
    assertThat(BrowserTestSupport.chromium(" ", "/opt/property/chromium", both))
        .contains(Path.of("/opt/property/chromium"));
    assertThatThrownBy(
            () -> BrowserTestSupport.chromium("/nonexistent/env", "/opt/property/chromium", both))
        .hasMessageContaining("/nonexistent/env");
    assertThatThrownBy(() -> BrowserTestSupport.chromium(null, "/nonexistent/property", both))
        .hasMessageContaining("/nonexistent/property");
  }

  @Test
  void withNothingConfiguredDebiansChromiumIsUsedWhereInstalled() {
    assertThat(BrowserTestSupport.chromium(null, null, installed("/usr/bin/chromium")))
        .contains(Path.of("/usr/bin/chromium"));
    assertThat(BrowserTestSupport.chromium("", "", installed("/usr/bin/chromium")))
        .contains(Path.of("/usr/bin/chromium"));
  }

  @Test
  void withNothingConfiguredOrInstalledPlaywrightsOwnBrowserIsUsed() {
    assertThat(BrowserTestSupport.chromium(null, null, installed())).isEmpty();
    assertThat(BrowserTestSupport.chromium(null, null, installed("/usr/lib/chromium/chromium")))
        .isEmpty();
  }

  @Test
  void playwrightsDownloadIsAskedForOnceAndASuccessfulOneIsEnough() {
    AtomicInteger asked = new AtomicInteger();
    assertThatCode(
            () ->
                BrowserTestSupport.installOwnChromium(
                    () -> {
                      asked.incrementAndGet();
                      return 0;
                    }))
        .doesNotThrowAnyException();
    assertThat(asked).hasValue(1);
  }

  @Test
  void aFailedDownloadFailsWithTheInstallInstructions() {
    assertThatThrownBy(
            () ->
                BrowserTestSupport.installOwnChromium(
                    () -> {
                      throw new IOException("getaddrinfo ENOTFOUND cdn.playwright.dev");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ENOTFOUND")
        .hasMessageContaining("apt-get install -y chromium")
        .hasMessageContaining("MINZHENG_CHROMIUM")
        .hasMessageContaining("install chromium");
    assertThatThrownBy(() -> BrowserTestSupport.installOwnChromium(() -> 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exit code 1")
        .hasMessageContaining("apt-get install -y chromium");
  }
}
