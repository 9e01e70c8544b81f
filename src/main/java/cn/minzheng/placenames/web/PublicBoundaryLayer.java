package cn.minzheng.placenames.web;

import cn.minzheng.placenames.boundary.BoundaryService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The base layer of the public maps (e.g. the elderly facilities map): administrative boundaries
 * are public information (行政区划图), served from the platform itself since the intranet has no tile
 * server.
 */
@RestController
class PublicBoundaryLayer {

  private final BoundaryService boundaries;

  PublicBoundaryLayer(BoundaryService boundaries) {
    this.boundaries = boundaries;
  }

  @GetMapping("/public/placenames/boundaries")
  ResponseEntity<String> layer(
      @RequestParam(defaultValue = "COUNTY") String level,
      @RequestParam(defaultValue = "10") int zoom) {
    return BoundaryApi.BaseLayer.answer(boundaries, level, zoom);
  }
}
