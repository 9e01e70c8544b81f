package cn.minzheng.monitoring.web;

import java.util.Map;

/**
 * Approximate map positions for region codes: the county's centre (WGS-84, rounded) plus a small
 * deterministic offset by street and community number: the fallback of the warning map for a
 * community without a recorded boundary (the map marks such a position as estimated).
 */
final class CommunityCentres {

  private static final Map<String, double[]> COUNTIES =
      Map.ofEntries(
          Map.entry("510104", new double[] {30.6570, 104.0830}),
          Map.entry("510105", new double[] {30.6740, 104.0620}),
          Map.entry("510106", new double[] {30.6900, 104.0510}),
          Map.entry("510107", new double[] {30.6420, 104.0430}),
          Map.entry("510108", new double[] {30.6600, 104.1020}),
          Map.entry("510112", new double[] {30.5570, 104.2690}),
          Map.entry("510113", new double[] {30.8830, 104.2510}),
          Map.entry("510114", new double[] {30.8240, 104.1590}),
          Map.entry("510115", new double[] {30.6820, 103.8370}),
          Map.entry("510116", new double[] {30.5740, 103.9230}),
          Map.entry("510117", new double[] {30.8080, 103.8870}),
          Map.entry("510118", new double[] {30.4140, 103.8110}),
          Map.entry("510121", new double[] {30.8620, 104.4120}),
          Map.entry("510129", new double[] {30.5870, 103.5220}),
          Map.entry("510131", new double[] {30.1960, 103.5060}),
          Map.entry("510181", new double[] {30.9880, 103.6470}),
          Map.entry("510182", new double[] {30.9900, 103.9580}),
          Map.entry("510183", new double[] {30.4100, 103.4640}),
          Map.entry("510184", new double[] {30.6310, 103.6730}),
          Map.entry("510185", new double[] {30.3900, 104.5470}));

  private static final double[] CITY = {30.6570, 104.0660};

  private CommunityCentres() {}

  static double[] of(String regionCode) {
    double[] county = COUNTIES.getOrDefault(regionCode.substring(0, 6), CITY);
    int street = Integer.parseInt(regionCode.substring(6, 9));
    int community = Integer.parseInt(regionCode.substring(9, 12));
    double lat = county[0] + ((street % 7) - 3) * 0.012 + ((community % 5) - 2) * 0.003;
    double lon = county[1] + ((street % 5) - 2) * 0.014 + ((community % 7) - 3) * 0.003;
    return new double[] {lat, lon};
  }
}
