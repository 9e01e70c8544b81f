package cn.minzheng.organisations.web;

import cn.minzheng.organisations.credit.CreditExport;
import cn.minzheng.organisations.credit.CreditLists;
import cn.minzheng.organisations.credit.Listing;
import cn.minzheng.organisations.credit.ZombieCandidates;
import cn.minzheng.organisations.register.OrganisationStatus;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.PlausibleDate.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 信用名录 and 僵尸型组织清理: the listings of the caller's region; verification of a rectification (the
 * removal then falls due on the 5th working day) and removal; the day's file for 信用中国; the zombie
 * candidates to confirm (deregistration or revocation) or dismiss.
 */
@Controller
class CreditPages {

  static final String PATH = "/organisations/credit";
  static final String ZOMBIES = "/organisations/zombies";

  private final OrganisationAccess access;
  private final CreditLists lists;
  private final CreditExport export;
  private final ZombieCandidates zombies;
  private final DataScope scope;
  private final AuditLog audit;

  CreditPages(
      OrganisationAccess access,
      CreditLists lists,
      CreditExport export,
      ZombieCandidates zombies,
      DataScope scope,
      AuditLog audit) {
    this.access = access;
    this.lists = lists;
    this.export = export;
    this.zombies = zombies;
    this.scope = scope;
    this.audit = audit;
  }

  @GetMapping(PATH)
  String list(
      @RequestParam(required = false) String list,
      @RequestParam(defaultValue = "true") boolean open,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      Model model) {
    StaffUser user = access.require(OrganisationAccess.READ);
    PageQuery query = PageQuery.of(page, size, null, null, Set.of("id"), "id");
    model.addAttribute("page", lists.page(scope.current(), list, open, query));
    model.addAttribute("list", list);
    model.addAttribute("open", open);
    model.addAttribute(
        "bureau", user.roles().stream().anyMatch(OrganisationAccess.BUREAU::contains));
    model.addAttribute("city", user.roles().stream().anyMatch(OrganisationAccess.CITY::contains));
    model.addAttribute("yesterday", ChinaTime.today().minusDays(1));
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社会组织"), Breadcrumb.here("信用名录")));
    return "organisations/credit";
  }

  @PostMapping(PATH + "/{id}/verify")
  String verify(
      @PathVariable long id,
      @RequestParam(required = false) String verifiedOn,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.BUREAU);
    inScope(id);
    try {
      LocalDate due =
          lists.verifyRectification(
              id,
              ProjectForms.date(verifiedOn, Span.HAPPENED, "verifiedOn", "查实日期"),
              user.username());
      redirect.addFlashAttribute("message", "已登记整改查实，应于 " + due + " 前移出活动异常名录");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH;
  }

  @PostMapping(PATH + "/{id}/remove")
  String remove(@PathVariable long id, RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.BUREAU);
    inScope(id);
    try {
      lists.remove(id, ChinaTime.today(), user.username());
      redirect.addFlashAttribute("message", "已作出移出决定");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + PATH;
  }

  /** The day's JSON Lines file for 信用中国 (city-wide: the platform receives the whole city). */
  @GetMapping(PATH + "/export")
  ResponseEntity<byte[]> export(@RequestParam(required = false) String day) {
    access.require(OrganisationAccess.CITY);
    LocalDate d = ProjectForms.date(day, "day", "日期");
    byte[] body = export.of(d);
    audit.record(
        AuditEvent.success(
            "organisations.credit.export", "credit-export", d.toString(), body.length + "字节"));
    return ResponseEntity.ok()
        .contentType(
            new MediaType("application", "x-ndjson", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(CreditExport.fileName(d)).build().toString())
        .body(body);
  }

  @GetMapping(ZOMBIES)
  String zombies(
      @RequestParam(defaultValue = "true") boolean proposed,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      Model model) {
    access.require(OrganisationAccess.BUREAU);
    PageQuery query = PageQuery.of(page, size, null, null, Set.of("id"), "id");
    model.addAttribute("page", zombies.page(scope.current(), proposed, query));
    model.addAttribute("proposed", proposed);
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("社会组织"), Breadcrumb.here("僵尸型组织清理")));
    return "organisations/zombies";
  }

  @PostMapping(ZOMBIES + "/{id}/confirm")
  String confirm(
      @PathVariable long id,
      @RequestParam(required = false) String outcome,
      RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.BUREAU);
    zombieInScope(id);
    try {
      OrganisationStatus o =
          ApplicationPages.enumOf(OrganisationStatus.class, outcome, "outcome", "处理方式：请选择");
      zombies.confirm(id, o, ChinaTime.today(), user.username());
      redirect.addFlashAttribute("message", "已确认并" + o.label());
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + ZOMBIES;
  }

  @PostMapping(ZOMBIES + "/{id}/dismiss")
  String dismiss(@PathVariable long id, RedirectAttributes redirect) {
    StaffUser user = access.require(OrganisationAccess.BUREAU);
    zombieInScope(id);
    try {
      zombies.dismiss(id, ChinaTime.today(), user.username());
      redirect.addFlashAttribute("message", "已排除");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + ZOMBIES;
  }

  private Listing inScope(long id) {
    Listing l = lists.find(id).orElseThrow(() -> new RecordNotFoundException("listing"));
    scope.requireInScope(l.regionCode());
    return l;
  }

  private void zombieInScope(long id) {
    var c = zombies.find(id).orElseThrow(() -> new RecordNotFoundException("zombie-candidate"));
    scope.requireInScope(c.regionCode());
  }
}
