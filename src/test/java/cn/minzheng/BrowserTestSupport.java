package cn.minzheng;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.minzheng.portal.codes.DevelopmentCodeSender;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.impl.driver.Driver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser journeys ({@code *BrowserTest}, run by failsafe, each annotated
 * {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}): Chromium driven by Playwright for Java,
 * headless. One browser per JVM, a fresh context (cookies, storage) per test.
 *
 * <p>The browser is the one configured by {@code MINZHENG_CHROMIUM} (environment) or the system
 * property {@code minzheng.chromium}; else Debian's at {@code /usr/bin/chromium} (CI installs it,
 * offline); else Playwright's own Chromium, which Playwright downloads once into its cache (a fresh
 * laptop with internet needs no extra step). When that fails too the tests FAIL with instructions:
 * a journey that silently skips proves nothing.
 */
public abstract class BrowserTestSupport {

  static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";

  /**
   * Playwright for Java would download all three of its browsers on every {@code
   * Playwright.create()}; the tests download only Chromium, and only when there is no other.
   */
  private static final String SKIP_DOWNLOAD = "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD";

  private static final List<String> ARGUMENTS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic");

  /**
   * Chooses a region field's value ({@code fragments/form :: regionField}) in its plain select,
   * which the picker's cascade hides: {@code selectOption(code, PICKED)}; the cascade follows the
   * value.
   */
  protected static final Locator.SelectOptionOptions PICKED =
      new Locator.SelectOptionOptions().setForce(true);

  private static Playwright playwright;
  private static Browser browser;

  @LocalServerPort protected int port;

  protected BrowserContext context;
  protected Page page;

  /** Playwright's own download of its Chromium; answers the exit code of its installer. */
  @FunctionalInterface
  interface Installer {
    int install() throws IOException, InterruptedException;
  }

  /** The Chromium executable to drive; empty for Playwright's own browser. */
  static Optional<Path> chromium() {
    return chromium(
        System.getenv("MINZHENG_CHROMIUM"),
        System.getProperty("minzheng.chromium"),
        Files::isExecutable);
  }

  /**
   * The configured Chromium (the environment variable before the system property), which must be
   * there; else Debian's at the default path when it is installed; else empty: Playwright's own.
   */
  static Optional<Path> chromium(
      String fromEnvironment, String fromProperty, Predicate<Path> isExecutable) {
    String configured = fromEnvironment;
    if (configured == null || configured.isBlank()) {
      configured = fromProperty == null || fromProperty.isBlank() ? null : fromProperty;
    }
    if (configured != null) {
      Path executable = Path.of(configured);
      if (!isExecutable.test(executable)) {
        throw new IllegalStateException(
            instructions("No Chromium for the browser tests at " + executable + "."));
      }
      return Optional.of(executable);
    }
    Path debian = Path.of(DEFAULT_CHROMIUM);
    return isExecutable.test(debian) ? Optional.of(debian) : Optional.empty();
  }

  /**
   * Has Playwright download its Chromium (nothing to do when its cache holds it); fails with the
   * install instructions when that does not work (no internet, no disk space...).
   */
  static void installOwnChromium(Installer installer) {
    int exit;
    try {
      exit = installer.install();
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          instructions(
              "No Chromium installed, and Playwright could not download its own: "
                  + e.getMessage()),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          instructions("Interrupted while Playwright downloaded Chromium."), e);
    }
    if (exit != 0) {
      throw new IllegalStateException(
          instructions(
              "No Chromium installed, and Playwright could not download its own (exit code "
                  + exit
                  + ")."));
    }
  }

  private static String instructions(String problem) {
    return problem
        + " Install Chromium (apt-get update && apt-get install -y chromium fonts-wqy-microhei),"
        + " point MINZHENG_CHROMIUM (or -Dminzheng.chromium) at a Chromium executable, or let"
        + " Playwright download its own where the internet is reachable (./mvnw exec:java -e"
        + " -Dexec.classpathScope=test -Dexec.mainClass=com.microsoft.playwright.CLI"
        + " -Dexec.args=\"install chromium\").";
  }

  /**
   * Playwright's CLI {@code install chromium}: downloads into its cache once, then does nothing.
   */
  private static int playwrightInstall() throws IOException, InterruptedException {
    ProcessBuilder install = Driver.ensureDriverInstalled(Map.of(), false).createProcessBuilder();
    install.command().addAll(List.of("install", "chromium"));
    install.environment().remove(SKIP_DOWNLOAD);
    install.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT);
    Process process = install.start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("the download took more than 10 minutes");
    }
    return process.exitValue();
  }

  /** Playwright, told not to download browsers by itself: {@link #launch} decides. */
  static Playwright newPlaywright() {
    return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(SKIP_DOWNLOAD, "1")));
  }

  /**
   * Launches the Chromium of {@link #chromium()} headless, Playwright's own (downloaded first when
   * missing) where none is configured or installed; fails with instructions when it does not start.
   */
  static Browser launch(Playwright playwright) {
    Optional<Path> executable = chromium();
    if (executable.isEmpty()) {
      installOwnChromium(BrowserTestSupport::playwrightInstall);
    }
    BrowserType.LaunchOptions options =
        new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGUMENTS);
    executable.ifPresent(options::setExecutablePath);
    try {
      return playwright.chromium().launch(options);
    } catch (PlaywrightException e) {
      throw new IllegalStateException(
          instructions(
              "Chromium "
                  + executable.map(Path::toString).orElse("(Playwright's own)")
                  + " did not start: "
                  + e.getMessage()),
          e);
    }
  }

  private static synchronized Browser browser() {
    if (browser == null) {
      playwright = newPlaywright();
      try {
        browser = launch(playwright);
      } catch (RuntimeException e) {
        closeBrowser();
        throw e;
      }
      Runtime.getRuntime().addShutdownHook(new Thread(BrowserTestSupport::closeBrowser));
    }
    return browser;
  }

  private static synchronized void closeBrowser() {
    if (playwright != null) {
      playwright.close();
      playwright = null;
      browser = null;
    }
  }

  /** A phone-sized window by default: the portal is mobile first. */
  protected Browser.NewContextOptions contextOptions() {
    return new Browser.NewContextOptions()
        .setBaseURL(baseUrl())
        .setLocale("zh-CN")
        .setTimezoneId("Asia/Shanghai")
        .setViewportSize(390, 844);
  }

  protected String baseUrl() {
    return "http://localhost:" + port;
  }

  /**
   * Registers a citizen through the portal's own form, as a person would: a fresh phone number, the
   * text code read from the development sender, name, ID number, password and both privacy
   * consents; lands on 我的. Answers the phone number.
   */
  protected String registerCitizen(
      DevelopmentCodeSender codes, String idNumber, String name, String password) {
    String phone =
        "13"
            + String.format(
                Locale.ROOT, "%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    page.navigate("/portal/login");
    page.getByTestId("to-register").click();
    page.getByTestId("register-phone").fill(phone);
    page.getByTestId("send-code").click();
    page.getByTestId("register-code").fill(codes.latestCodeFor(phone).orElseThrow());
    page.getByTestId("register-name").fill(name);
    page.getByTestId("register-idNumber").fill(idNumber);
    page.getByTestId("register-password").fill(password);
    page.getByTestId("register-passwordConfirmation").fill(password);
    page.getByTestId("register-consent").check();
    page.getByTestId("register-sensitive-consent").check();
    page.getByTestId("register-submit").click();
    assertThat(page).hasURL(Pattern.compile(".*/portal/me.*"));
    return phone;
  }

  @BeforeEach
  void openPage() {
    context = browser().newContext(contextOptions());
    context.setDefaultTimeout(15_000);
    page = context.newPage();
  }

  @AfterEach
  void closePage() {
    if (context != null) {
      context.close();
    }
  }
}
