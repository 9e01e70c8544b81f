package cn.minzheng.registry.web;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the list's sort, page and export links from the current search: with the search token,
 * never the ID number.
 */
public record PersonListLinks(PersonSearchParams p) {

  public String sort(String key) {
    boolean sameKey = key.equals(p.sort() == null ? "id" : p.sort());
    String direction = sameKey && !"asc".equals(p.direction()) ? "asc" : "desc";
    return base("/registry/persons")
        .queryParam("sort", key)
        .queryParam("direction", direction)
        .toUriString();
  }

  public String page(int page) {
    UriComponentsBuilder b = base("/registry/persons");
    add(b, "sort", p.sort());
    add(b, "direction", p.direction());
    add(b, "size", p.size() == null ? null : p.size().toString());
    return b.queryParam("page", page).toUriString();
  }

  /** The list as searched, first page: where a posted search redirects to. */
  String current() {
    UriComponentsBuilder b = base("/registry/persons");
    add(b, "sort", p.sort());
    add(b, "direction", p.direction());
    add(b, "size", p.size() == null ? null : p.size().toString());
    return b.toUriString();
  }

  public String export() {
    UriComponentsBuilder b = base("/registry/persons/export");
    add(b, "sort", p.sort());
    add(b, "direction", p.direction());
    return b.toUriString();
  }

  private UriComponentsBuilder base(String path) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
    add(b, "idToken", p.idToken());
    add(b, "name", p.name());
    add(b, "fuzzy", Boolean.TRUE.equals(p.fuzzy()) ? "true" : null);
    add(b, "regionCode", p.regionCode());
    add(b, "householdNumber", p.householdNumber());
    add(b, "lifeStatus", p.lifeStatus());
    return b;
  }

  private static void add(UriComponentsBuilder b, String key, String value) {
    if (value != null && !value.isBlank()) {
      b.queryParam(key, value);
    }
  }
}
