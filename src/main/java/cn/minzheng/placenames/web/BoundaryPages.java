package cn.minzheng.placenames.web;

import cn.minzheng.placenames.boundary.BoundaryService;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.DateField;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.region.RegionLevel;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PlausibleDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 区划界线 pages: coverage and the findings of the check, GeoJSON import (city and system
 * administrators) and export (the caller's subtree), a region's boundary periods.
 */
@Controller
@RequestMapping("/placenames/boundaries")
class BoundaryPages {

  static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

  private final BoundaryService boundaries;
  private final RegionQuery regions;
  private final DataScope scope;
  private final PlacenamesRoles roles;

  BoundaryPages(
      BoundaryService boundaries, RegionQuery regions, DataScope scope, PlacenamesRoles roles) {
    this.boundaries = boundaries;
    this.regions = regions;
    this.scope = scope;
    this.roles = roles;
  }

  @GetMapping
  String overview(Model model) {
    roles.requireStaff();
    LocalDate today = ChinaTime.today();
    model.addAttribute("today", today);
    model.addAttribute("levels", RegionLevel.values());
    model.addAttribute("coverage", boundaries.coverage());
    model.addAttribute("findings", boundaries.check(today));
    model.addAttribute("tolerance", boundaries.toleranceM2());
    model.addAttribute("mayImport", roles.mayEditBoundaries());
    if (!model.containsAttribute("importErrors")) {
      model.addAttribute("importErrors", List.of());
    }
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("区划界线")));
    return "placenames/boundaries";
  }

  @PostMapping("/import")
  String importFile(
      @RequestParam(required = false) @Nullable MultipartFile file,
      @RequestParam(required = false) @Nullable String validFrom,
      RedirectAttributes redirect)
      throws IOException {
    StaffUser user = roles.requireBoundaryEditor();
    try {
      if (file == null || file.isEmpty()) {
        throw new InvalidInput("file", "请选择GeoJSON文件");
      }
      LocalDate from = parseDay(validFrom);
      var imported =
          boundaries.importGeoJson(
              new String(file.getBytes(), StandardCharsets.UTF_8), from, user.username());
      redirect.addFlashAttribute(
          "message", "已导入 " + imported.boundaries() + " 条界线（按 " + imported.checkedOn() + " 检查通过）");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("importErrors", List.of(e.getMessage().split("；")));
    }
    return "redirect:/placenames/boundaries";
  }

  @GetMapping("/export")
  ResponseEntity<String> export() {
    roles.requireStaff();
    return ResponseEntity.ok()
        .contentType(GEO_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("boundaries-" + ChinaTime.today() + ".geojson")
                .build()
                .toString())
        .body(boundaries.export(scope.current()));
  }

  @GetMapping("/{code}")
  String history(@PathVariable String code, Model model) {
    roles.requireStaff();
    RegionNode node =
        regions.find(code).orElseThrow(() -> new RecordNotFoundException("region node"));
    scope.requireInScope(code);
    model.addAttribute("node", node);
    model.addAttribute("periods", boundaries.history(code));
    model.addAttribute(
        "breadcrumbs",
        List.of(Breadcrumb.link("区划界线", "/placenames/boundaries"), Breadcrumb.here(node.name())));
    return "placenames/boundary-history";
  }

  private static LocalDate parseDay(@Nullable String day) {
    LocalDate date = DateField.optional("validFrom", "生效日期", day, PlausibleDate.Span.ANY);
    return date == null ? ChinaTime.today() : date;
  }
}
