package cn.minzheng.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Static files are served from their own paths; page links are never looked up as files. */
@SpringBootTest
@AutoConfigureMockMvc
class StaticResourcesTest {

  @Autowired MockMvc mvc;
  @Autowired ResourceUrlProvider resourceUrls;

  @Test
  void theApplicationsFilesAndVersionlessWebJarsAreServed() throws Exception {
    for (String path :
        new String[] {
          "/css/app.css",
          "/js/app.js",
          "/webjars/bootstrap/css/bootstrap.min.css",
          "/webjars/htmx.org/dist/htmx.min.js",
          "/webjars/leaflet/dist/leaflet.js",
          // the menu's icons and the font their CSS loads (relative to the CSS)
          "/webjars/bootstrap-icons/font/bootstrap-icons.min.css",
          "/webjars/bootstrap-icons/font/fonts/bootstrap-icons.woff2"
        }) {
      mvc.perform(get(path)).andExpect(status().isOk());
    }
  }

  @Test
  void onlyTheStaticPathsAreResourcePatternsNotEveryPath() {
    assertThat(resourceUrls.getHandlerMap().keySet())
        .extracting(Object::toString)
        .contains("/css/**", "/js/**", "/webjars/**")
        .doesNotContain("/**");
    assertThat(resourceUrls.getForLookupPath("/portal/marriage/book")).isNull();
  }
}
