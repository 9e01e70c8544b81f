package cn.minzheng.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The OpenAPI document exactly as the application publishes it at {@code /api/v1/openapi}, also
 * written to {@code target/openapi/openapi.json} for the linter and the client generator.
 */
final class OpenApiDocument {

  static final Path FILE = Path.of("target", "openapi", "openapi.json");

  private OpenApiDocument() {}

  static String fetch(MockMvc mvc) throws Exception {
    String json =
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/openapi"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    write(json);
    return json;
  }

  private static void write(String json) throws IOException {
    Files.createDirectories(FILE.getParent());
    Files.writeString(FILE, json, StandardCharsets.UTF_8);
  }
}
