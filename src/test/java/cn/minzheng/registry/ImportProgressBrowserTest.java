package cn.minzheng.registry;

import static cn.minzheng.registry.RegistryTestData.COMMUNITY;
import static cn.minzheng.registry.RegistryTestData.STREET;
import static cn.minzheng.testing.IdNumbers.uniqueIdNumber;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.platform.Role;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 批量导入 as staff see it: the page comes back at once with a progress bar that fills as the import
 * runs, ends at 100 % with the outcome and a link to the row errors, and the run is in the import's
 * history with who started it and its counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportProgressBrowserTest extends BrowserTestSupport {

  private static final int GOOD_ROWS = 60;

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;

  @Override
  protected Browser.NewContextOptions contextOptions() {
    return super.contextOptions().setViewportSize(1366, 900);
  }

  @Test
  void anImportShowsItsProgressToAHundredPercentAndLandsInTheHistory() throws Exception {
    StaffSignIn.signIn(page, jdbc, passwords, Role.STREET_CASEWORKER, STREET);
    page.navigate("/registry/import");
    byte[] template = page.request().get("/registry/import/template").body();

    page.locator("input[type=file]")
        .setInputFiles(
            new FilePayload(
                "progress.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                filled(template)));
    page.getByTestId("import-submit").click();

    assertThat(page.getByTestId("job-progress")).isVisible();
    LocatorAssertions.HasTextOptions patient =
        new LocatorAssertions.HasTextOptions().setTimeout(90_000);
    assertThat(page.getByTestId("job-percent")).hasText("100 %", patient);
    assertThat(page.getByTestId("job-state")).hasText("已完成");
    assertThat(page.getByTestId("job-summary")).containsText("新导入 " + GOOD_ROWS + " 人");
    assertThat(page.getByTestId("job-refused")).hasText("1");

    assertThat(page.getByTestId("job-errors")).isVisible();

    page.getByTestId("job-history").click();
    var newest = page.getByTestId("job-runs").locator("tbody tr").first();
    assertThat(newest).containsText("人员与家庭批量导入");
    assertThat(newest).containsText("刘𠮷");
    assertThat(newest).containsText("已完成");
    assertThat(newest).containsText(String.valueOf(GOOD_ROWS));

    assertThat(newest.getByTestId("run-refused")).hasText("1");
    newest.getByTestId("run-refused").click();
    assertThat(page.getByTestId("job-error-rows")).containsText("身份证号");
  }

  /** The downloaded template with good rows and one whose ID number has a wrong check digit. */
  private static byte[] filled(byte[] template) throws Exception {
    try (var wb = new XSSFWorkbook(new ByteArrayInputStream(template));
        var out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.getSheetAt(0);
      for (int i = 1; i <= GOOD_ROWS + 1; i++) {
        String id = uniqueIdNumber(i % 2 == 0);
        if (i == GOOD_ROWS + 1) {
          id = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        }
        Row row = sheet.createRow(i);
        row.createCell(0).setCellValue(id); // 身份证号
        row.createCell(1).setCellValue("进度" + (char) (0x7532 + i)); // 姓名: 进度甲, 进度申, ...
        row.createCell(7).setCellValue(COMMUNITY); // 居住地区划代码
        row.createCell(8).setCellValue("进度路" + i + "号"); // 住址
        row.createCell(13).setCellValue("履行法定职责"); // 法律依据
      }
      wb.write(out);
      return out.toByteArray();
    }
  }
}
