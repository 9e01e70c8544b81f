package cn.minzheng.portal.web;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.MenuItem;
import cn.minzheng.platform.RegionHierarchy;
import cn.minzheng.portal.ratings.RatingWorkbook;
import cn.minzheng.portal.ratings.ServiceRatings;
import cn.minzheng.portal.ratings.ServiceRatings.Filter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 好差评 for the staff: the summary per service and office (rated, average, 差评) and the ratings one by
 * one, paged and filtered, inside the caller's region subtree; the Excel of the same rows.
 */
@Controller
class RatingAdminPage {

  static final String PATH = "/service-ratings";

  private final ServiceRatings ratings;
  private final CurrentUser currentUser;
  private final DataScope scope;
  private final RegionHierarchy regions;
  private final AuditLog audit;

  RatingAdminPage(
      ServiceRatings ratings,
      CurrentUser currentUser,
      DataScope scope,
      RegionHierarchy regions,
      AuditLog audit) {
    this.ratings = ratings;
    this.currentUser = currentUser;
    this.scope = scope;
    this.regions = regions;
    this.audit = audit;
  }

  @Bean
  static MenuItem serviceRatingsMenuItem() {
    return new MenuItem("群众服务", 95, "好差评", PATH, 1, RatingStaff.READERS);
  }

  @GetMapping(PATH)
  String list(
      @RequestParam(required = false) @Nullable String service,
      @RequestParam(required = false) @Nullable String office,
      @RequestParam(required = false) @Nullable Integer stars,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable Integer size,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String dir,
      Model model) {
    RatingStaff.require(currentUser);
    Filter filter = RatingStaff.filter(service, office, stars);
    model.addAttribute(
        "page", ratings.list(scope.current(), filter, RatingStaff.page(page, size, sort, dir)));
    model.addAttribute("summary", ratings.summary(scope.current(), filter));
    model.addAttribute("services", ratings.services());
    model.addAttribute("service", filter.service());
    model.addAttribute("office", filter.office());
    model.addAttribute("stars", filter.stars());
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("群众服务"), Breadcrumb.here("好差评")));
    return "portal/service-ratings";
  }

  @GetMapping(PATH + "/export")
  ResponseEntity<byte[]> export(
      @RequestParam(required = false) @Nullable String service,
      @RequestParam(required = false) @Nullable String office,
      @RequestParam(required = false) @Nullable Integer stars) {
    RatingStaff.require(currentUser);
    var rows = ratings.export(scope.current(), RatingStaff.filter(service, office, stars));
    audit.record(
        AuditEvent.success("portal.rating.export", "service-rating", null, rows.size() + " 条"));
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("好差评.xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(RatingWorkbook.of(rows, regions::nameOf));
  }
}
