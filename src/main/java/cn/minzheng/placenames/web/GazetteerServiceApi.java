package cn.minzheng.placenames.web;

import cn.minzheng.placenames.naming.Gazetteer;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.platform.ServiceAccountAuthentication;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gazetteer for other departments' systems (public security, housing, transport): read only,
 * the whole city, for a service account holding the scope {@code placenames:gazetteer-read}. Search
 * as on the staff page: characters, pinyin with or without tones, initials.
 */
@RestController
class GazetteerServiceApi {

  static final String SCOPE = "placenames:gazetteer-read";

  private final Gazetteer gazetteer;

  GazetteerServiceApi(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Operation(summary = "部门系统查询标准地名")
  @GetMapping("/api/v1/placenames/standard-names")
  List<Gazetteer.Entry> standardNames(
      @RequestParam(defaultValue = "") String q, Authentication auth) {
    if (!(auth instanceof ServiceAccountAuthentication)
        || auth.getAuthorities().stream()
            .noneMatch(a -> ("SCOPE_" + SCOPE).equals(a.getAuthority()))) {
      throw new AccessDeniedException("service accounts with " + SCOPE + " only");
    }
    return gazetteer.search(q, RegionFilter.all(), 500);
  }
}
