package cn.minzheng.placenames.boundary;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One finding of the boundary check: the kind, the two regions it concerns (for a gap: the parent
 * and the child nearest to it; for an invalid polygon or a missing boundary the second is empty),
 * its area and where (a point inside the offending area, latitude/longitude).
 */
public record BoundaryViolation(
    Kind kind,
    String regionCode,
    String regionName,
    @Nullable String otherCode,
    @Nullable String otherName,
    double areaM2,
    double latitude,
    double longitude,
    String detail) {

  /** The kinds of findings, with their Chinese labels. */
  public enum Kind {
    INVALID("多边形无效"),
    MISSING("缺少界线"),
    OVERLAP("同级重叠"),
    GAP("上级内有空隙"),
    OUTSIDE("超出上级范围");

    public final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** The Chinese sentence shown on the check page and returned by import refusals. */
  public String message() {
    String where = String.format(Locale.ROOT, "（纬度 %.6f，经度 %.6f）", latitude, longitude);
    String area = String.format(Locale.ROOT, "%.1f 平方米", areaM2);
    return switch (kind) {
      case INVALID -> regionName + "（" + regionCode + "）的界线多边形无效：" + detail + where;
      case MISSING ->
          regionName + "（" + regionCode + "）缺少界线，其上级" + otherName + "（" + otherCode + "）已有界线";
      case OVERLAP ->
          regionName
              + "（"
              + regionCode
              + "）与"
              + otherName
              + "（"
              + otherCode
              + "）重叠 "
              + area
              + where;
      case GAP ->
          regionName
              + "（"
              + regionCode
              + "）内有未被下级覆盖的空隙 "
              + area
              + "，邻近"
              + otherName
              + "（"
              + otherCode
              + "）"
              + where;
      case OUTSIDE ->
          regionName
              + "（"
              + regionCode
              + "）超出上级"
              + otherName
              + "（"
              + otherCode
              + "）的范围 "
              + area
              + where;
    };
  }
}
