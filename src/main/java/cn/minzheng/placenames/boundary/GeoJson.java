package cn.minzheng.placenames.boundary;

import cn.minzheng.platform.InvalidInput;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.ImplausibleValueException;
import cn.minzheng.shared.PlausibleDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GeoJSON (RFC 7946) in and out: a FeatureCollection whose features carry the region's 12-digit
 * {@code code} (and optionally {@code validFrom}, ISO date) in their properties and a Polygon or
 * MultiPolygon in longitude/latitude. Written coordinates are rounded to 7 decimals (about 1 cm).
 */
public final class GeoJson {

  /** One feature of an imported file. */
  public record Feature(int index, String code, @Nullable LocalDate validFrom, Geometry geometry) {}

  /** One boundary to write, with the properties the maps show. */
  public record Shape(String code, Map<String, Object> properties, Geometry geometry) {}

  static final GeometryFactory FACTORY = new GeometryFactory();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private GeoJson() {}

  public static List<Feature> read(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JacksonException e) {
      throw new InvalidInput("file", "文件不是有效的GeoJSON：" + e.getOriginalMessage());
    }
    if (root == null || !"FeatureCollection".equals(root.path("type").asString(""))) {
      throw new InvalidInput("file", "GeoJSON须为FeatureCollection");
    }
    List<Feature> features = new ArrayList<>();
    int index = 0;
    for (JsonNode feature : root.path("features")) {
      index++;
      String where = "第" + index + "个要素";
      JsonNode properties = feature.path("properties");
      String code = properties.path("code").asString("");
      if (!code.matches("[0-9]{12}")) {
        throw new InvalidInput("file", where + "缺少12位区划代码（properties.code）");
      }
      LocalDate validFrom = null;
      String from = properties.path("validFrom").asString("");
      if (!from.isBlank()) {
        try {
          validFrom = PlausibleDate.parse(from, PlausibleDate.Span.ANY, ChinaTime.today());
        } catch (ImplausibleValueException e) {
          throw new InvalidInput("file", where + "（" + code + "）的生效日期：" + e.getMessage());
        }
      }
      features.add(new Feature(index, code, validFrom, geometry(feature.path("geometry"), where)));
    }
    if (features.isEmpty()) {
      throw new InvalidInput("file", "GeoJSON中没有要素");
    }
    return features;
  }

  private static Geometry geometry(JsonNode geometry, String where) {
    String type = geometry.path("type").asString("");
    JsonNode coordinates = geometry.path("coordinates");
    try {
      return switch (type) {
        case "Polygon" -> polygon(coordinates);
        case "MultiPolygon" -> {
          List<Polygon> polygons = new ArrayList<>();
          for (JsonNode polygon : coordinates) {
            polygons.add(polygon(polygon));
          }
          yield FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
        }
        default -> throw new InvalidInput("file", where + "的几何类型须为Polygon或MultiPolygon");
      };
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("file", where + "的坐标无效：环须闭合且至少4个点");
    }
  }

  private static Polygon polygon(JsonNode rings) {
    List<LinearRing> all = new ArrayList<>();
    for (JsonNode ring : rings) {
      List<Coordinate> points = new ArrayList<>();
      for (JsonNode position : ring) {
        if (position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
          throw new IllegalArgumentException("position");
        }
        points.add(new Coordinate(position.get(0).doubleValue(), position.get(1).doubleValue()));
      }
      all.add(FACTORY.createLinearRing(points.toArray(Coordinate[]::new)));
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no ring");
    }
    return FACTORY.createPolygon(all.get(0), all.subList(1, all.size()).toArray(LinearRing[]::new));
  }

  public static String write(List<Shape> shapes) {
    ObjectNode root = JSON.createObjectNode();
    root.put("type", "FeatureCollection");
    ArrayNode features = root.putArray("features");
    for (Shape shape : shapes) {
      ObjectNode feature = features.addObject();
      feature.put("type", "Feature");
      ObjectNode properties = feature.putObject("properties");
      properties.put("code", shape.code());
      shape.properties().forEach((k, v) -> properties.put(k, String.valueOf(v)));
      writeGeometry(feature.putObject("geometry"), shape.geometry());
    }
    return JSON.writeValueAsString(root);
  }

  private static void writeGeometry(ObjectNode node, Geometry geometry) {
    if (geometry instanceof Polygon polygon) {
      node.put("type", "Polygon");
      writePolygon(node.putArray("coordinates"), polygon);
    } else {
      node.put("type", "MultiPolygon");
      ArrayNode polygons = node.putArray("coordinates");
      MultiPolygon multi = (MultiPolygon) geometry;
      for (int i = 0; i < multi.getNumGeometries(); i++) {
        writePolygon(polygons.addArray(), (Polygon) multi.getGeometryN(i));
      }
    }
  }

  private static void writePolygon(ArrayNode rings, Polygon polygon) {
    writeRing(rings.addArray(), polygon.getExteriorRing());
    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
      writeRing(rings.addArray(), polygon.getInteriorRingN(i));
    }
  }

  private static void writeRing(ArrayNode positions, LinearRing ring) {
    for (Coordinate c : ring.getCoordinates()) {
      ArrayNode position = positions.addArray();
      position.add(round(c.x));
      position.add(round(c.y));
    }
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e7) / 1e7;
  }
}
