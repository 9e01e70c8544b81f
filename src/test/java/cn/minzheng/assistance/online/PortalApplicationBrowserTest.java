package cn.minzheng.assistance.online;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.assistance.AssistanceFixtures;
import cn.minzheng.assistance.AssistanceFixtures.Household;
import cn.minzheng.assistance.cases.CaseApplications;
import cn.minzheng.assistance.cases.CaseWorkflow;
import cn.minzheng.assistance.cases.TownshipReview;
import cn.minzheng.portal.codes.DevelopmentCodeSender;
import cn.minzheng.registry.PersonDirectory;
import cn.minzheng.registry.RegistryFixtures;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Journey on a 390×844 phone: a citizen reads the 一次告知 list, fills the steps (an empty income is
 * refused naming the member, 0 typed), uploads a file, reviews, submits and sees the timeline. And
 * a 2 GB upload refused by the real server without its body being read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalApplicationBrowserTest extends BrowserTestSupport {

  private static final String PASSWORD = "Secret2026abc";

  @Autowired RegistryFixtures registry;
  @Autowired CaseApplications applications;
  @Autowired CaseWorkflow workflow;
  @Autowired TownshipReview review;
  @Autowired PersonDirectory persons;
  @Autowired DevelopmentCodeSender codes;
  @Autowired JdbcClient jdbc;

  @Test
  void aCitizenAppliesInStepsWithAFileAndSeesTheTimeline() {
    Household h = household();
    long head = h.personIds().get(0);
    long son = h.personIds().get(1);
    registerCitizen(
        codes, h.applicantIdNumber(), persons.find(head).orElseThrow().name(), PASSWORD);

    page.navigate("/portal/services");
    page.getByTestId("services-assistance").click();
    page.getByTestId("apply-DIBAO").click();
    assertThat(page.getByTestId("material-INCOME_PROOF")).containsText("用途");
    assertThat(page.getByTestId("material-CONSENT")).containsText("网上电子签署");
    assertThat(page.getByTestId("materials-print")).isVisible();
    page.getByTestId("start-application").click();

    page.getByTestId("apply-category").selectOption(new SelectOption().setValue("BOTTOM"));
    page.getByTestId("apply-next").click();

    // the incomes are empty, not 0: the son's left empty is an error naming him
    assertThat(page.getByTestId("apply-income-" + head)).hasValue("");
    page.getByTestId("apply-income-" + head).fill("800");
    page.getByTestId("apply-savings").fill("0");
    page.getByTestId("apply-next").click();
    String sonName = persons.find(son).orElseThrow().name();
    assertThat(page.locator("#income_" + son + "-error")).hasText(sonName + "的月收入：请填写（没有收入请填0）");
    assertThat(page.getByTestId("apply-income-" + head)).hasValue("800");
    page.getByTestId("apply-income-" + son).fill("0");
    page.getByTestId("apply-next").click();

    page.getByTestId("apply-material").selectOption(new SelectOption().setValue("INCOME_PROOF"));
    page.getByTestId("apply-file")
        .setInputFiles(new FilePayload("工资证明.pdf", "application/pdf", PortalApplicationTest.PDF));
    page.getByTestId("apply-upload-submit").click();
    assertThat(page.getByTestId("apply-message")).containsText("已上传：工资证明.pdf");
    page.getByTestId("apply-next").click();

    assertThat(page.getByTestId("apply-review-lines")).containsText("兜底型");
    assertThat(page.getByTestId("apply-review-lines")).containsText("800");
    assertThat(page.getByTestId("apply-review-files")).containsText("工资证明.pdf");
    page.getByTestId("apply-submit").click();
    assertThat(page.locator("#consent-error")).containsText("核对授权");
    page.getByTestId("portal-consent").check();
    page.getByTestId("apply-submit").click();

    assertThat(page).hasURL(Pattern.compile(".*/portal/assistance/cases/\\d+\\?filed"));
    assertThat(page.getByTestId("portal-filed")).isVisible();
    assertThat(page.getByTestId("step-0")).containsText("受理");
    assertThat(page.getByTestId("step-0")).containsText("进行中");
    assertThat(page.getByTestId("step-5")).containsText("未开始");
    assertThat(page.getByTestId("portal-case-files")).containsText("工资证明.pdf");
  }

  @Test
  void aTwoGigabyteUploadIsRefusedWithoutItsBodyBeingRead() throws Exception {
    Household h = household();
    registerCitizen(
        codes,
        h.applicantIdNumber(),
        persons.find(h.personIds().get(0)).orElseThrow().name(),
        PASSWORD);
    String cookies =
        context.cookies().stream()
            .map((Cookie c) -> c.name + "=" + c.value)
            .collect(Collectors.joining("; "));
    try (Socket socket = new Socket("localhost", port)) {
      // nothing is ever sent beyond the first part: a server that waited for 2 GB would time out
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      String head =
          "POST /portal/assistance/apply/files HTTP/1.1\r\n"
              + "Host: localhost:"
              + port
              + "\r\nCookie: "
              + cookies
              + "\r\nContent-Type: multipart/form-data; boundary=MZ\r\n"
              + "Content-Length: 2147483648\r\nConnection: close\r\n\r\n"
              + "--MZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
              + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n";
      out.write(head.getBytes(StandardCharsets.UTF_8));
      out.write(new byte[64 * 1024]);
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      assertThat(in.readLine()).startsWith("HTTP/1.1 413");
    }
  }

  private Household household() {
    return new AssistanceFixtures(registry, applications, workflow, review).household(2);
  }
}
