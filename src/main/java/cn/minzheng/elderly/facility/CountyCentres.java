package cn.minzheng.elderly.facility;

import java.util.Map;

/**
 * Approximate centres (WGS-84, the seat of each district or county government, rounded) of the 20
 * county-level units of Chengdu. The region tree has no coordinates; this is the last resort for a
 * region that has neither a recorded community centre nor a facility to take the centre from.
 */
final class CountyCentres {

  static final GeoPoint CITY = new GeoPoint(30.6570, 104.0660);

  private static final Map<String, GeoPoint> COUNTIES =
      Map.ofEntries(
          Map.entry("510104", new GeoPoint(30.6570, 104.0830)),
          Map.entry("510105", new GeoPoint(30.6740, 104.0620)),
          Map.entry("510106", new GeoPoint(30.6900, 104.0510)),
          Map.entry("510107", new GeoPoint(30.6420, 104.0430)),
          Map.entry("510108", new GeoPoint(30.6600, 104.1020)),
          Map.entry("510112", new GeoPoint(30.5570, 104.2690)),
          Map.entry("510113", new GeoPoint(30.8830, 104.2510)),
          Map.entry("510114", new GeoPoint(30.8240, 104.1590)),
          Map.entry("510115", new GeoPoint(30.6820, 103.8370)),
          Map.entry("510116", new GeoPoint(30.5740, 103.9230)),
          Map.entry("510117", new GeoPoint(30.8080, 103.8870)),
          Map.entry("510118", new GeoPoint(30.4140, 103.8110)),
          Map.entry("510121", new GeoPoint(30.8620, 104.4120)),
          Map.entry("510129", new GeoPoint(30.5870, 103.5220)),
          Map.entry("510131", new GeoPoint(30.1960, 103.5060)),
          Map.entry("510181", new GeoPoint(30.9880, 103.6470)),
          Map.entry("510182", new GeoPoint(30.9900, 103.9580)),
          Map.entry("510183", new GeoPoint(30.4100, 103.4640)),
          Map.entry("510184", new GeoPoint(30.6310, 103.6730)),
          Map.entry("510185", new GeoPoint(30.3900, 104.5470)));

  private CountyCentres() {}

  /** The centre of the county the code lies in (by its first six digits), else the city's. */
  static GeoPoint of(String regionCode) {
    return COUNTIES.getOrDefault(regionCode.substring(0, 6), CITY);
  }
}
