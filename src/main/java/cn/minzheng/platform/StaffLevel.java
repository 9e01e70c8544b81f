package cn.minzheng.platform;

import org.springframework.modulith.NamedInterface;

/**
 * The level of the office a staff account works at, read from the shape of its 12-digit region code
 * (digits 5-6 the county, 7-9 the street, 10-12 the community): what decides whose decision a piece
 * of work is — a county confirmation is the district's, not the city's; a visit is the community's
 * or the street's, not the district's.
 */
@NamedInterface("security")
public enum StaffLevel {
  CITY,
  DISTRICT,
  STREET,
  COMMUNITY;

  public static StaffLevel of(String regionCode) {
    if (regionCode.endsWith("00000000")) {
      return CITY;
    }
    if (regionCode.endsWith("000000")) {
      return DISTRICT;
    }
    return regionCode.endsWith("000") ? STREET : COMMUNITY;
  }
}
