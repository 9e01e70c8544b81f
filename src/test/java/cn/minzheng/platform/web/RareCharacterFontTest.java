package cn.minzheng.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 𠮷 (U+20BB7) and every other CJK Extension B character have a web font served from the platform
 * itself, without signing in: the face whose range holds the character points at a font file that
 * is served, and the staff frame and the citizen portal load the faces.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RareCharacterFontTest {

  private static final Pattern FACE =
      Pattern.compile(
          "url\\(\"(fonts/rare/[^\"]+)\"\\) format\\(\"woff\"\\); unicode-range: U\\+([0-9A-F]+)-([0-9A-F]+);");

  @Autowired MockMvc mvc;

  @Test
  void everyExtensionBCharacterHasAFaceAndTheFaceOfJiIsServed() throws Exception {
    String css =
        mvc.perform(get("/css/rare-font.css"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    Matcher face = FACE.matcher(css);
    int next = 0x20000;
    String fileOfJi = null;
    while (face.find()) {
      int from = Integer.parseInt(face.group(2), 16);
      int to = Integer.parseInt(face.group(3), 16);
      assertThat(from).as("ranges follow one another without a gap").isEqualTo(next);
      if (from <= "𠮷".codePointAt(0) && "𠮷".codePointAt(0) <= to) {
        fileOfJi = face.group(1);
      }
      next = to + 1;
    }
    assertThat(next).as("the whole of Extension B, U+20000–2A6DF").isEqualTo(0x2A6E0);
    assertThat(fileOfJi).isEqualTo("fonts/rare/extb-02.woff");
    byte[] font =
        mvc.perform(get("/css/" + fileOfJi))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    // a WOFF file starts with its signature "wOFF"
    assertThat(new String(font, 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("wOFF");
    assertThat(css).contains("\"MZ Rare\"");
  }

  @Test
  void theStaffFrameAndThePortalLoadTheFaces() throws Exception {
    String login = page("/login");
    String portal = page("/portal/login");
    assertThat(login).contains("/css/rare-font.css");
    assertThat(portal).contains("/css/rare-font.css");
    assertThat(page("/css/app.css")).contains("\"MZ Rare\"");
    assertThat(page("/css/portal.css")).contains("\"MZ Rare\"");
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
