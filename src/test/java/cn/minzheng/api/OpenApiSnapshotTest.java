package cn.minzheng.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed OpenAPI document ({@code src/test/resources/openapi/v1.json}) is the one the
 * application publishes, so that a change of the API shows in review as a change of this file, and
 * a client generated from the file is the API's real client. Compared as JSON: the order of members
 * does not count.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiSnapshotTest {

  static final Path COMMITTED = Path.of("src", "test", "resources", "openapi", "v1.json");

  static final String REFRESH =
      "./mvnw -o -q test-compile surefire:test@default-test -Dtest=OpenApiSnapshotTest"
          + " -Dminzheng.openapi.refresh=true -Djacoco.skip=true";

  @Autowired MockMvc mvc;

  @Test
  void theCommittedDocumentIsTheLiveOne() throws Exception {
    JsonMapper json = JsonMapper.builder().build();
    JsonNode live = json.readTree(OpenApiDocument.fetch(mvc));
    if (Boolean.getBoolean("minzheng.openapi.refresh")) {
      Files.createDirectories(COMMITTED.getParent());
      Files.writeString(
          COMMITTED,
          json.writerWithDefaultPrettyPrinter().writeValueAsString(live) + "\n",
          StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(COMMITTED))
        .as("%s is missing; write it with:%n%s", COMMITTED, REFRESH)
        .isTrue();
    JsonNode committed = json.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
    assertThat(committed)
        .as(
            "the API changed: %s differs from /api/v1/openapi. Check the change, then refresh it"
                + " with:%n%s",
            COMMITTED, REFRESH)
        .isEqualTo(live);
  }
}
