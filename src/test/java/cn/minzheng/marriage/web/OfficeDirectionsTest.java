package cn.minzheng.marriage.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minzheng.marriage.domain.offices.Office;
import cn.minzheng.marriage.domain.offices.Office.OfficeKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OfficeDirectionsTest {

  private static Office office(BigDecimal latitude, BigDecimal longitude) {
    return new Office(
        1,
        "JJ",
        "锦江区婚姻登记处",
        OfficeKind.DISTRICT,
        "510104000000",
        "锦江区东大街 1 号",
        latitude,
        longitude,
        "周一至周五",
        true);
  }

  @Test
  void anOfficeWithCoordinatesIsAMarkerAtLongitudeThenLatitudeInWgs84() {
    assertThat(
            OfficeDirections.link(
                office(new BigDecimal("30.657000"), new BigDecimal("104.080000"))))
        .isEqualTo(
            "https://uri.amap.com/marker?position=104.080000,30.657000"
                + "&name=%E9%94%A6%E6%B1%9F%E5%8C%BA%E5%A9%9A%E5%A7%BB%E7%99%BB%E8%AE%B0%E5%A4%84"
                + "&coordinate=wgs84&callnative=1&src=minzheng");
  }

  @Test
  void anOfficeWithoutCoordinatesIsASearchForItsAddress() {
    assertThat(OfficeDirections.link(office(null, null)))
        .isEqualTo(
            "https://uri.amap.com/search?keyword="
                + "%E9%94%A6%E6%B1%9F%E5%8C%BA%E4%B8%9C%E5%A4%A7%E8%A1%97%201%20%E5%8F%B7"
                + "&city=%E6%88%90%E9%83%BD&callnative=1&src=minzheng");
    // one coordinate alone is no position
    assertThat(OfficeDirections.link(office(new BigDecimal("30.657"), null)))
        .startsWith("https://uri.amap.com/search?");
  }
}
