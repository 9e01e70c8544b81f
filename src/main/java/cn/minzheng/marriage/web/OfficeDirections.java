package cn.minzheng.marriage.web;

import cn.minzheng.marriage.domain.offices.Office;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The way to an office for a citizen on a phone: 高德地图's marker at the office's coordinates (the
 * platform keeps WGS-84, which the link says, so the map converts), or, for an office without
 * coordinates, 高德's search for its address. Both open the 高德 app where it is installed and its web
 * map elsewhere.
 */
final class OfficeDirections {

  private static final String SOURCE = "minzheng";

  private OfficeDirections() {}

  static String link(Office office) {
    if (office.latitude() != null && office.longitude() != null) {
      return UriComponentsBuilder.fromUriString("https://uri.amap.com/marker")
          .queryParam(
              "position",
              office.longitude().toPlainString() + "," + office.latitude().toPlainString())
          .queryParam("name", office.name())
          .queryParam("coordinate", "wgs84")
          .queryParam("callnative", 1)
          .queryParam("src", SOURCE)
          .encode()
          .build()
          .toUriString();
    }
    return UriComponentsBuilder.fromUriString("https://uri.amap.com/search")
        .queryParam("keyword", office.address())
        .queryParam("city", "成都")
        .queryParam("callnative", 1)
        .queryParam("src", SOURCE)
        .encode()
        .build()
        .toUriString();
  }
}
