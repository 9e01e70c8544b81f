package cn.minzheng.monitoring;

import static cn.minzheng.monitoring.MonitoringTestData.COMMUNITY;
import static cn.minzheng.monitoring.MonitoringTestData.csv;
import static cn.minzheng.monitoring.MonitoringTestData.importCsv;
import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.monitoring.feeds.FeedImportResult;
import cn.minzheng.monitoring.feeds.FeedImports;
import cn.minzheng.monitoring.feeds.FeedType;
import cn.minzheng.monitoring.feeds.RowError;
import cn.minzheng.registry.RegistryFixtures;
import cn.minzheng.registry.RegistryFixtures.Person;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.testing.IdNumbers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class FeedImportTest {

  @Autowired FeedImports imports;
  @Autowired RegistryFixtures registry;
  @Autowired JdbcClient jdbc;

  @Test
  void storesMatchedRowsAsDatedFactsKeepingSourceDateAndBatch() throws Exception {
    Person r = registry.person("张三", COMMUNITY);

    FeedImportResult result =
        importCsv(imports, FeedType.VEHICLE, csv(r.idNumber() + ",2025-03-01,85000.50,川A12345"));

    assertThat(result.repeated()).isFalse();
    assertThat(result.batch().rowsMatched()).isEqualTo(1);
    Map<String, Object> fact =
        jdbc.sql(
                "select person_id, fact_date::text as d, amount::text as a, detail, source, batch_id,"
                    + " region_code from monitoring.fact where batch_id = ?")
            .param(result.batch().id())
            .query()
            .singleRow();
    assertThat(fact)
        .containsEntry("person_id", r.id())
        .containsEntry("d", "2025-03-01")
        .containsEntry("a", "85000.50")
        .containsEntry("detail", "川A12345")
        .containsEntry("source", "公安局交通管理局")
        .containsEntry("batch_id", result.batch().id())
        .containsEntry("region_code", COMMUNITY);
  }

  @Test
  void readsAGbkEncodedFileAsGbkInsteadOfStoringItGarbled() throws Exception {
    Person r = registry.person("王五", COMMUNITY);
    Path file = Files.createTempFile("feed-gbk-", ".csv");
    Files.writeString(
        file,
        "身份证号,日期,金额,说明\n" + r.idNumber() + ",2025-03-02,90000,川A贰叁肆伍陆\n",
        java.nio.charset.Charset.forName("GBK"));

    FeedImportResult result = importCsv(imports, FeedType.VEHICLE, file);

    assertThat(result.batch().rowsMatched()).isEqualTo(1);
    assertThat(
            jdbc.sql("select detail from monitoring.fact where batch_id = ?")
                .param(result.batch().id())
                .query(String.class)
                .single())
        .isEqualTo("川A贰叁肆伍陆");
  }

  @Test
  void reportsEachMalformedRowWithLineFieldAndReasonAndKeepsTheValidOnes() throws Exception {
    Person r = registry.person("李四", COMMUNITY);
    String good = r.idNumber();
    String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');

    FeedImportResult result =
        importCsv(
            imports,
            FeedType.HOUSEHOLD_EVENTS,
            csv(
                wrongCheck + ",2025-01-01,,死亡",
                good + ",2025-02-30,,迁出",
                good + ",2025-02-01,abc,迁出",
                good + ",2025-02-01,,出国",
                good + ",2099-01-01,,迁出",
                "only-one-column",
                good + ",2025-02-01,,迁出",
                good + ",2025-02-01,,迁出"));

    assertThat(result.batch().rowsTotal()).isEqualTo(8);
    assertThat(result.batch().rowsMatched()).isEqualTo(1);
    assertThat(imports.errors(result.batch().id(), 100))
        .containsExactly(
            new RowError(2, "身份证号", "身份证号码校验位错误"),
            new RowError(3, "日期", "变动日期无效，应为 yyyy-MM-dd 格式的真实日期"),
            new RowError(4, "金额", "金额无效，应为不小于0、最多两位小数的数字"),
            new RowError(5, "说明", "说明应为：变动类型：死亡/迁入/迁出/户主变更"),
            new RowError(6, "日期", "变动日期不能晚于今天"),
            new RowError(7, "列数", "应为4列（身份证号、日期、金额、说明），实际1列"),
            new RowError(9, "身份证号", "与第8行重复"));
  }

  @Test
  void listsValidRowsOfUnknownPeopleAsUnmatchedWithMaskedIdOnly() throws Exception {
    String unknown = IdNumbers.uniqueIdNumber(false);

    FeedImportResult result =
        importCsv(imports, FeedType.DEPOSITS, csv(unknown + ",2025-01-31,1200,工商银行"));

    assertThat(result.batch().rowsUnmatched()).isEqualTo(1);
    assertThat(imports.unmatched(result.batch().id(), 10))
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.line()).isEqualTo(2);
              assertThat(u.maskedId())
                  .isEqualTo(unknown.substring(0, 6) + "********" + unknown.substring(14));
            });
    assertThat(
            jdbc.sql("select count(*) from monitoring.fact where batch_id = ?")
                .param(result.batch().id())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theSameFileTwiceChangesNothing() throws Exception {
    Person r = registry.person("王五", COMMUNITY);
    Path file = csv(r.idNumber() + ",2025-04-01,3000,工资 某公司");

    FeedImportResult first = importCsv(imports, FeedType.PENSION_EMPLOYMENT, file);
    FeedImportResult second = importCsv(imports, FeedType.PENSION_EMPLOYMENT, file);

    assertThat(second.repeated()).isTrue();
    assertThat(second.batch().id()).isEqualTo(first.batch().id());
    assertThat(
            jdbc.sql("select count(*) from monitoring.fact where person_id = ?")
                .param(r.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void stagingIsEmptyAfterAnImport() throws Exception {
    Person r = registry.person("赵六", COMMUNITY);
    FeedImportResult result =
        importCsv(imports, FeedType.TAX_INCOME, csv(r.idNumber() + ",2025-04-01,500,劳务报酬"));
    assertThat(
            jdbc.sql("select count(*) from monitoring.feed_staging where batch_id = ?")
                .param(result.batch().id())
                .query(Long.class)
                .single())
        .isZero();
  }

  /**
   * From 20,000 rows on, staging is analysed inside the import's transaction before matching
   * (docs/feeds.md); the outcome is the same as for a small delivery.
   */
  @Test
  void matchesALargeDeliveryAnalysedBeforeMatchingLikeASmallOne() throws Exception {
    Person r = registry.person("钱七", COMMUNITY);
    int unknown = 20_000;
    String[] lines = new String[unknown + 2];
    lines[0] = r.idNumber() + ",2025-05-31,1500,养老金";
    for (int k = 0; k < unknown; k++) {
      String body =
          "110101" + LocalDate.of(1950, 1, 1).plusDays(k).toString().replace("-", "") + "950";
      lines[k + 1] = body + IdCardNo.checkChar(body) + ",2025-05-31,2000,工资";
    }
    lines[unknown + 1] = r.idNumber() + ",2025-05-31,1500,养老金";

    FeedImportResult result = importCsv(imports, FeedType.PENSION_EMPLOYMENT, csv(lines));

    assertThat(result.batch().rowsTotal()).isEqualTo(unknown + 2);
    assertThat(result.batch().rowsMatched()).isEqualTo(1);
    assertThat(result.batch().rowsUnmatched()).isEqualTo(unknown);
    assertThat(imports.errors(result.batch().id(), 10))
        .containsExactly(new RowError(unknown + 3, "身份证号", "与第2行重复"));
  }
}
