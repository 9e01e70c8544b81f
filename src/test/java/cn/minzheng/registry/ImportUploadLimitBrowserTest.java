package cn.minzheng.registry;

import static cn.minzheng.registry.RegistryTestData.STREET;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.platform.Role;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A file above the 20 MB upload limit is refused by the real server before any of it is read, with
 * a Chinese page that says why, and nothing is imported.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportUploadLimitBrowserTest extends BrowserTestSupport {

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;

  @Override
  protected Browser.NewContextOptions contextOptions() {
    return super.contextOptions().setViewportSize(1366, 900);
  }

  @Test
  void refusesAFileAboveTheUploadLimitWithAChineseMessage() {
    StaffSignIn.signIn(page, jdbc, passwords, Role.STREET_CASEWORKER, STREET);
    long batchesBefore = batches();

    page.navigate("/registry/import");
    byte[] tooLarge = new byte[21 * 1024 * 1024];
    page.locator("input[type=file]")
        .setInputFiles(
            new FilePayload(
                "persons.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                tooLarge));
    page.getByTestId("import-submit").click();

    assertThat(page.getByTestId("error-413")).containsText("上传文件过大");
    assertThat(page.getByTestId("error-413")).containsText("20 MB");
    assertThat(batches()).isEqualTo(batchesBefore);
  }

  private long batches() {
    return jdbc.sql("select count(*) from registry.import_batch").query(Long.class).single();
  }
}
