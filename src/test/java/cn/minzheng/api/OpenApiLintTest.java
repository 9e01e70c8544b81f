package cn.minzheng.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document is checked, not just published (issue 22): every operation has a Chinese
 * summary, one tag naming its module, and problem details for its errors; and Redocly's linter (run
 * through npm, {@code redocly.yaml}) finds no error in it. Without npm the lint is skipped, loudly;
 * CI installs npm ({@code .ci/run}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiLintTest {

  static final String REDOCLY = "@redocly/cli@2.77.0";

  @Autowired MockMvc mvc;

  JsonNode document;

  @BeforeAll
  void fetch() throws Exception {
    document = JsonMapper.builder().build().readTree(OpenApiDocument.fetch(mvc));
  }

  private List<Map.Entry<String, JsonNode>> operations() {
    List<Map.Entry<String, JsonNode>> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        operations.add(Map.entry(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()));
      }
    }
    return operations;
  }

  @Test
  void everyOperationHasAChineseSummary() {
    List<String> without =
        operations().stream()
            .filter(op -> !op.getValue().path("summary").asString("").matches(".*\\p{IsHan}.*"))
            .map(Map.Entry::getKey)
            .toList();
    assertThat(operations()).hasSizeGreaterThan(100);
    assertThat(without).as("operations without a Chinese summary").isEmpty();
  }

  @Test
  void everyOperationIsTaggedWithItsModuleOnly() {
    assertThat(tagOf("GET /api/v1/payments/rosters")).isEqualTo("资金发放");
    assertThat(tagOf("GET /api/v1/persons/{id}")).isEqualTo("人口和家庭库");
    assertThat(tagOf("GET /api/v1/rescue/intakes")).isEqualTo("救助管理");
    List<String> declared = new ArrayList<>();
    document.get("tags").forEach(t -> declared.add(t.get("name").asString()));
    List<String> wrong =
        operations().stream()
            .filter(
                op ->
                    op.getValue().path("tags").size() != 1
                        || !declared.contains(op.getValue().path("tags").get(0).asString()))
            .map(Map.Entry::getKey)
            .toList();
    assertThat(wrong).as("operations without exactly one declared module tag").isEmpty();
  }

  private String tagOf(String operation) {
    return operations().stream()
        .filter(op -> op.getKey().equals(operation))
        .findFirst()
        .orElseThrow()
        .getValue()
        .get("tags")
        .get(0)
        .asString();
  }

  @Test
  void everyErrorAnswerIsAProblemDetail() {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, JsonNode> op : operations()) {
      JsonNode responses = op.getValue().get("responses");
      for (String status : List.of("400", "401", "403")) {
        if (!responses.has(status)) {
          wrong.add(op.getKey() + " has no " + status);
        }
      }
      for (Map.Entry<String, JsonNode> response : responses.properties()) {
        if (response.getKey().startsWith("4")
            && !response
                .getValue()
                .at("/content/application~1problem+json/schema/$ref")
                .asString("")
                .equals("#/components/schemas/ProblemDetail")) {
          wrong.add(op.getKey() + " " + response.getKey() + " is not a problem detail");
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(document.at("/components/schemas/ProblemDetail/properties/detail/type").asString())
        .isEqualTo("string");
  }

  @Test
  void redoclyFindsNoError() throws Exception {
    Assumptions.assumeTrue(
        onPath("npx"),
        () -> {
          String message =
              "SKIPPED: npx (npm) is not installed, so the OpenAPI document was NOT linted with "
                  + REDOCLY
                  + ". Install npm (apt-get install npm) to run the lint; .ci/run does.";
          System.err.println("\n" + "!".repeat(100) + "\n" + message + "\n" + "!".repeat(100));
          return message;
        });
    Process lint =
        new ProcessBuilder(
                "npx",
                "--yes",
                REDOCLY,
                "lint",
                "--config",
                "redocly.yaml",
                "--format",
                "stylish",
                "--max-problems",
                "1000",
                OpenApiDocument.FILE.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lint.waitFor(5, TimeUnit.MINUTES)).isTrue();
    System.out.println(output);
    assertThat(lint.exitValue()).as(output).isZero();
    assertThat(output).doesNotContain("error ");
  }

  private static boolean onPath(String command) {
    try {
      return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
