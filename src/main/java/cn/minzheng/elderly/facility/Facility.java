package cn.minzheng.elderly.facility;

import java.math.BigDecimal;

/** A facility; {@code distanceMetres} is set by the circle query, null elsewhere. */
public record Facility(
    long id,
    FacilityType type,
    String name,
    String regionCode,
    String address,
    BigDecimal latitude,
    BigDecimal longitude,
    Integer capacity,
    String hours,
    String services,
    Long distanceMetres) {

  public String typeLabel() {
    return type.label();
  }
}
