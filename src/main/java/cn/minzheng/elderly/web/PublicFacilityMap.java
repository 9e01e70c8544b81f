package cn.minzheng.elderly.web;

import cn.minzheng.elderly.facility.AddressSearch;
import cn.minzheng.elderly.facility.Facilities;
import cn.minzheng.elderly.facility.Facility;
import cn.minzheng.elderly.facility.FacilityType;
import cn.minzheng.elderly.facility.GeoPoint;
import cn.minzheng.elderly.facility.Places;
import cn.minzheng.elderly.facility.Places.Place;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 养老服务地图 (public): facilities near an address, a point or a community's centre, within walking
 * distance (the "15-minute circle", 1 km by default). The page lists them (server-rendered) and the
 * map script draws them from the JSON of the same query.
 */
@Controller
class PublicFacilityMap {

  static final double DEFAULT_METRES = 1000;
  static final double MAX_METRES = 5000;

  private final Facilities facilities;
  private final Places places;
  private final AddressSearch addresses;

  PublicFacilityMap(Facilities facilities, Places places, AddressSearch addresses) {
    this.facilities = facilities;
    this.places = places;
    this.addresses = addresses;
  }

  /** A facility as the map needs it. */
  record Marker(
      long id,
      String type,
      String typeLabel,
      String colour,
      String name,
      String address,
      double lat,
      double lon,
      String hours,
      Integer capacity,
      Long distance) {

    static Marker of(Facility f) {
      return new Marker(
          f.id(),
          f.type().name(),
          f.type().label(),
          f.type().colour(),
          f.name(),
          f.address(),
          f.latitude().doubleValue(),
          f.longitude().doubleValue(),
          f.hours(),
          f.capacity(),
          f.distanceMetres());
    }
  }

  /** {@code message}: why nothing is shown (the address was not found), else null. */
  record Answer(
      String place,
      Double lat,
      Double lon,
      double radius,
      List<Marker> facilities,
      String message) {}

  @GetMapping("/public/elderly/map")
  String page(
      @RequestParam(required = false) String address,
      @RequestParam(required = false) String community,
      @RequestParam(required = false) FacilityType type,
      @RequestParam(required = false) Double radius,
      Model model) {
    Answer answer = answer(address, community, null, null, type, radius);
    model.addAttribute("answer", answer);
    model.addAttribute("address", address);
    model.addAttribute("type", type);
    model.addAttribute("types", FacilityType.values());
    model.addAttribute("searched", address != null || community != null);
    return "elderly/public-map";
  }

  @GetMapping("/public/elderly/facilities")
  @ResponseBody
  Answer json(
      @RequestParam(required = false) String address,
      @RequestParam(required = false) String community,
      @RequestParam(required = false) Double lat,
      @RequestParam(required = false) Double lon,
      @RequestParam(required = false) FacilityType type,
      @RequestParam(required = false) Double radius) {
    return answer(address, community, lat, lon, type, radius);
  }

  private Answer answer(
      String address, String community, Double lat, Double lon, FacilityType type, Double r) {
    double metres = r == null ? DEFAULT_METRES : Math.min(Math.max(r, 100), MAX_METRES);
    Optional<Place> place =
        lat != null && lon != null
            ? Optional.of(new Place("指定位置", new GeoPoint(lat, lon)))
            : community != null && community.matches("\\d{12}")
                ? places.communityCentre(community)
                : addresses.find(address);
    if (place.isEmpty()) {
      return new Answer(null, null, null, metres, List.of(), AddressSearch.NOT_FOUND);
    }
    GeoPoint at = place.get().point();
    List<Marker> found =
        facilities.within(at, metres, type == null ? List.of() : List.of(type)).stream()
            .map(Marker::of)
            .toList();
    return new Answer(place.get().name(), at.latitude(), at.longitude(), metres, found, null);
  }
}
