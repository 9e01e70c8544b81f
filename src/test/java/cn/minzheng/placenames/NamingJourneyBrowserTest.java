package cn.minzheng.placenames;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.minzheng.BrowserTestSupport;
import cn.minzheng.StaffSignIn;
import cn.minzheng.platform.Role;
import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A city administrator applies for a square's name; a citizen comments on the public consultation
 * page; three experts' reviews are recorded; once the consultation has closed the name is approved,
 * its public notice printed, and the gazetteer finds it by its initials. The journey's name (翠微广场)
 * is removed first, so that the journey can run again on the same database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NamingJourneyBrowserTest extends BrowserTestSupport {

  static final String NAME = "翠微广场";

  @Autowired JdbcClient jdbc;
  @Autowired PasswordEncoder passwords;

  @Override
  protected Browser.NewContextOptions contextOptions() {
    return super.contextOptions().setViewportSize(1280, 900);
  }

  private void removeEarlierRuns() {
    String apps = "(select id from placenames.application where proposed_name = :n)";
    jdbc.sql("delete from placenames.consultation_comment where application_id in " + apps)
        .param("n", NAME)
        .update();
    jdbc.sql("delete from placenames.assessment where application_id in " + apps)
        .param("n", NAME)
        .update();
    jdbc.sql("delete from placenames.expert_review where application_id in " + apps)
        .param("n", NAME)
        .update();
    jdbc.sql("delete from placenames.application where proposed_name = :n")
        .param("n", NAME)
        .update();
    String places = "(select id from placenames.place where name = :n)";
    jdbc.sql("delete from placenames.place_name_history where place_id in " + places)
        .param("n", NAME)
        .update();
    jdbc.sql("delete from placenames.place where name = :n").param("n", NAME).update();
  }

  @Test
  void applyCommentReviewApprovePublishAndFindByInitials() {
    removeEarlierRuns();
    StaffSignIn.signInEnrollingTotp(page, jdbc, passwords, Role.CITY_ADMIN, "510100000000", "地名科");

    page.navigate("/placenames/applications");
    page.getByTestId("naming-new").click();
    page.getByTestId("naming-category").selectOption("SQUARE");
    page.getByTestId("naming-name").fill(NAME);
    page.getByTestId("naming-region").selectOption("510104001001", PICKED);
    page.getByTestId("naming-location").fill("30.661,104.091");
    // the location is drawn on the form's boundary map as typed
    assertThat(page.getByTestId("naming-map")).hasAttribute("data-points", "1");
    page.getByTestId("naming-reasons").fill("新建城市广场，取翠微之意");
    page.getByTestId("naming-submit").click();
    assertThat(page.getByTestId("naming-status")).hasText("审查中");
    assertThat(page.getByTestId("naming-consultation")).containsText("综合评估结论为可行后开始征询");

    // 综合评估 first: it opens the consultation and the experts' review
    page.getByTestId("naming-assessment-legality").fill("符合地名管理条例");
    page.getByTestId("naming-assessment-feasibility").fill("规划已批复");
    page.getByTestId("naming-assessment-controllability").fill("可控");
    page.getByTestId("naming-assessment-risks").fill("无重大社会影响");
    page.getByTestId("naming-assessment-measures").fill("加强宣传");
    page.onceDialog(dialog -> dialog.accept());
    page.getByTestId("naming-assessment-submit").click();
    assertThat(page.getByTestId("naming-assessment-conclusion")).hasText("可行");
    assertThat(page.getByTestId("naming-consultation")).containsText("截止日期");

    // the public consultation page, without the staff session
    String publicPath = page.getByTestId("naming-public-link").getAttribute("href");
    String detailPath = page.url();
    var citizen = context.browser().newContext(super.contextOptions());
    var publicPage = citizen.newPage();
    publicPage.navigate(publicPath);
    assertThat(publicPage.getByTestId("consultation-name")).hasText(NAME);
    publicPage.getByTestId("consultation-content").fill("赞成，建议设置无障碍通道");
    publicPage.getByTestId("consultation-submit").click();
    assertThat(publicPage.getByTestId("consultation-message")).containsText("您的意见已提交");
    citizen.close();

    page.navigate(detailPath);
    assertThat(page.getByTestId("naming-comments")).containsText("赞成，建议设置无障碍通道");
    String[][] experts = {{"王教授", "92"}, {"李研究员", "85"}, {"张工", "78"}};
    for (String[] e : experts) {
      page.getByTestId("naming-review-expert").fill(e[0]);
      page.getByTestId("naming-review-score").fill(e[1]);
      page.getByTestId("naming-review-opinion").fill("名称得当，同意");
      page.getByTestId("naming-review-submit").click();
      assertThat(page.getByTestId("naming-reviews")).containsText(e[0]);
    }

    // before the closing day has passed, approval is refused
    page.onceDialog(dialog -> dialog.accept());
    page.getByTestId("naming-approve").click();
    assertThat(page.getByTestId("naming-error")).containsText("征询期结束后方可批准");

    // the consultation's days pass
    jdbc.sql(
            "update placenames.application set consultation_closes_on = current_date - 10"
                + " where proposed_name = :n")
        .param("n", NAME)
        .update();
    page.navigate(detailPath);
    page.onceDialog(dialog -> dialog.accept());
    page.getByTestId("naming-approve").click();
    assertThat(page.getByTestId("naming-status")).hasText("已批准");

    page.getByTestId("naming-notice-link").click();
    assertThat(page.getByTestId("notice-name")).hasText(NAME);
    assertThat(page.getByTestId("notice-pinyin")).hasText("Cuìwēi Guǎngchǎng");

    page.navigate("/placenames/gazetteer");
    page.getByTestId("gazetteer-q").fill("cwgc");
    page.getByTestId("gazetteer-submit").click();
    assertThat(page.getByTestId("gazetteer-results")).containsText(NAME);
  }
}
