package cn.minzheng.elderly.web;

import cn.minzheng.elderly.facility.AddressSearch;
import cn.minzheng.elderly.facility.Facilities;
import cn.minzheng.elderly.facility.Facility;
import cn.minzheng.elderly.facility.FacilityType;
import cn.minzheng.elderly.facility.GeoPoint;
import cn.minzheng.elderly.facility.Places;
import cn.minzheng.elderly.facility.Places.Place;
import cn.minzheng.placenames.Boundaries;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 养老服务地图 (public): facilities near an address, a point or a community, within walking distance (the
 * "15-minute circle", 1 km by default). The page lists them (server-rendered) and the map script
 * draws them from the JSON of the same query over the region boundaries. Each facility's community
 * is the one whose boundary covers its position ({@link Boundaries#communitiesAt}); where no
 * boundary covers it, the community it was registered with (marked so). A community asked for is
 * centred on a point inside its boundary, else on its recorded centre.
 */
@Controller
class PublicFacilityMap {

  static final double DEFAULT_METRES = 1000;
  static final double MAX_METRES = 5000;

  private final Facilities facilities;
  private final Places places;
  private final AddressSearch addresses;
  private final Boundaries boundaries;
  private final RegionQuery regions;

  PublicFacilityMap(
      Facilities facilities,
      Places places,
      AddressSearch addresses,
      Boundaries boundaries,
      RegionQuery regions) {
    this.facilities = facilities;
    this.places = places;
    this.addresses = addresses;
    this.boundaries = boundaries;
    this.regions = regions;
  }

  /**
   * A facility as the map needs it. {@code community}: the community its position lies in by the
   * boundaries ({@code byBoundary}), else the one it was registered with.
   */
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
      Long distance,
      String community,
      String communityName,
      boolean byBoundary) {

    static Marker of(Facility f, Optional<String> located, RegionQuery regions) {
      String community = located.orElse(f.regionCode());
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
          f.distanceMetres(),
          community,
          regions.find(community).map(RegionNode::name).orElse(community),
          located.isPresent());
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
                ? communityPlace(community)
                : addresses.find(address);
    if (place.isEmpty()) {
      return new Answer(null, null, null, metres, List.of(), AddressSearch.NOT_FOUND);
    }
    GeoPoint at = place.get().point();
    List<Facility> near = facilities.within(at, metres, type == null ? List.of() : List.of(type));
    List<Marker> found = markers(near, boundaries, regions);
    return new Answer(place.get().name(), at.latitude(), at.longitude(), metres, found, null);
  }

  /** The facilities as markers, each placed in the community whose boundary holds it. */
  static List<Marker> markers(List<Facility> near, Boundaries boundaries, RegionQuery regions) {
    List<Optional<String>> located =
        boundaries.communitiesAt(
            near.stream()
                .map(
                    f ->
                        new Boundaries.LatLon(
                            f.latitude().doubleValue(), f.longitude().doubleValue()))
                .toList());
    List<Marker> found = new ArrayList<>();
    for (int i = 0; i < near.size(); i++) {
      found.add(Marker.of(near.get(i), located.get(i), regions));
    }
    return found;
  }

  /** A point inside the community's boundary, else its recorded centre. */
  private Optional<Place> communityPlace(String code) {
    Optional<RegionNode> node = regions.find(code);
    return boundaries
        .pointIn(code)
        .map(
            p ->
                new Place(
                    node.map(RegionNode::name).orElse(code),
                    new GeoPoint(p.latitude(), p.longitude())))
        .or(() -> places.communityCentre(code));
  }
}
