package cn.minzheng.socialwork.web;

import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.socialwork.Rejected;
import cn.minzheng.socialwork.governance.BodyKind;
import cn.minzheng.socialwork.governance.BodyStatus;
import cn.minzheng.socialwork.governance.GovernanceBodies;
import cn.minzheng.socialwork.governance.GovernanceBodies.Body;
import cn.minzheng.socialwork.governance.GovernanceBodies.BodyForm;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 居民自治: residents' councils, community organisation pilots, compound organisations and
 * public-service pilots of the caller's region (paged, filtered by kind, status and name, Excel),
 * one record with its members and meetings. Community workers keep their community's records;
 * another region's record answers 404.
 */
@Controller
class GovernancePages {

  static final String PATH = "/socialwork/governance";
  static final String[] HEADERS = {
    "社区（村）", "区划代码", "类别", "名称", "状态", "成员数", "会议次数", "最近会议", "目标与内容"
  };

  private final GovernanceBodies bodies;
  private final DataScope scope;
  private final RegionQuery regions;
  private final SocialWorkAccess access;
  private final AuditLog audit;

  GovernancePages(
      GovernanceBodies bodies,
      DataScope scope,
      RegionQuery regions,
      SocialWorkAccess access,
      AuditLog audit) {
    this.bodies = bodies;
    this.scope = scope;
    this.regions = regions;
    this.access = access;
    this.audit = audit;
  }

  @GetMapping(PATH)
  String list(
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String dir,
      Model model) {
    StaffUser user = access.require(SocialWorkAccess.STAFF);
    PageResult<Body> result =
        bodies.page(
            scope.current(),
            BodyKind.parse(kind),
            BodyStatus.parse(status),
            q,
            PageQuery.of(page, size, sort, dir, GovernanceBodies.SORTS, "community_code"));
    model.addAttribute("page", result);
    model.addAttribute("names", names(result.items()));
    model.addAttribute("kind", BodyKind.parse(kind) == null ? null : kind);
    model.addAttribute("status", BodyStatus.parse(status) == null ? null : status);
    model.addAttribute("q", q);
    model.addAttribute("kinds", BodyKind.values());
    model.addAttribute("statuses", BodyStatus.values());
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", new BodyForm(user.regionCode(), null, null, null, "ACTIVE"));
    }
    model.addAttribute("breadcrumbs", List.of(Breadcrumb.here("居民自治组织")));
    return "socialwork/governance";
  }

  @PostMapping(PATH)
  String create(
      @RequestParam(required = false) String communityCode,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String goal,
      @RequestParam(required = false) String status,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StaffUser user = access.require(SocialWorkAccess.STAFF);
    BodyForm form = new BodyForm(communityCode, kind, name, goal, status);
    try {
      long id = bodies.create(form, scope::permits, user.username());
      redirect.addFlashAttribute("message", "已登记");
      return "redirect:" + PATH + "/" + id;
    } catch (Rejected e) {
      response.setStatus(422);
      model.addAttribute("form", form);
      model.addAttribute("errors", e.fields());
      return list(null, null, null, null, null, null, null, model);
    }
  }

  @GetMapping(PATH + "/export")
  void export(
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String q,
      HttpServletResponse response)
      throws IOException {
    access.require(SocialWorkAccess.STAFF);
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader("Content-Disposition", "attachment; filename=\"governance.xlsx\"");
    int rows = 0;
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      Sheet sheet = workbook.createSheet("居民自治组织");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.length; i++) {
        header.createCell(i).setCellValue(HEADERS[i]);
      }
      // page through the whole filtered list: the export is what the list shows, not one page
      for (int p = 1; ; p++) {
        PageResult<Body> chunk =
            bodies.page(
                scope.current(),
                BodyKind.parse(kind),
                BodyStatus.parse(status),
                q,
                PageQuery.of(p, 100, "community_code", "asc", GovernanceBodies.SORTS, "id"));
        Map<String, String> names = names(chunk.items());
        for (Body b : chunk.items()) {
          Row row = sheet.createRow(++rows);
          row.createCell(0).setCellValue(names.get(b.communityCode()));
          row.createCell(1).setCellValue(b.communityCode());
          row.createCell(2).setCellValue(b.kindLabel());
          row.createCell(3).setCellValue(b.name());
          row.createCell(4).setCellValue(b.statusLabel());
          row.createCell(5).setCellValue(b.members());
          row.createCell(6).setCellValue(b.meetings());
          row.createCell(7).setCellValue(b.lastMeeting() == null ? "" : b.lastMeeting().toString());
          row.createCell(8).setCellValue(b.goal() == null ? "" : b.goal());
        }
        if (chunk.items().size() < 100) {
          break;
        }
      }
      workbook.write(response.getOutputStream());
      workbook.dispose();
    }
    audit.record(
        AuditEvent.success("socialwork.governance.export", "export", "governance", rows + " 行"));
  }

  @GetMapping(PATH + "/{id}")
  String detail(@PathVariable long id, Model model) {
    StaffUser user = access.require(SocialWorkAccess.STAFF);
    Body body = visible(id);
    model.addAttribute("body", body);
    model.addAttribute("communityName", names(List.of(body)).get(body.communityCode()));
    model.addAttribute("members", bodies.members(id));
    model.addAttribute("meetings", bodies.meetings(id));
    model.addAttribute("statuses", BodyStatus.values());
    model.addAttribute("today", ChinaTime.today());
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.link("居民自治组织", PATH), Breadcrumb.here(body.name())));
    model.addAttribute("user", user.username());
    return "socialwork/governance-body";
  }

  @PostMapping(PATH + "/{id}/members")
  String addMember(
      @PathVariable long id,
      @RequestParam(required = false) String memberName,
      @RequestParam(required = false) String memberRole,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    access.require(SocialWorkAccess.STAFF);
    Body body = visible(id);
    return attempt(
        id,
        model,
        response,
        redirect,
        "已添加成员",
        () -> bodies.addMember(body, memberName, memberRole));
  }

  @PostMapping(PATH + "/{id}/members/{memberId}/remove")
  String removeMember(
      @PathVariable long id,
      @PathVariable long memberId,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    access.require(SocialWorkAccess.STAFF);
    Body body = visible(id);
    return attempt(
        id, model, response, redirect, "已移除成员", () -> bodies.removeMember(body, memberId));
  }

  @PostMapping(PATH + "/{id}/meetings")
  String addMeeting(
      @PathVariable long id,
      @RequestParam(required = false) String heldOn,
      @RequestParam(required = false) String subject,
      @RequestParam(required = false) String attendees,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    access.require(SocialWorkAccess.STAFF);
    Body body = visible(id);
    return attempt(
        id,
        model,
        response,
        redirect,
        "已记录会议",
        () -> bodies.addMeeting(body, heldOn, subject, attendees));
  }

  @PostMapping(PATH + "/{id}/status")
  String changeStatus(
      @PathVariable long id,
      @RequestParam(required = false) String status,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    access.require(SocialWorkAccess.STAFF);
    Body body = visible(id);
    return attempt(id, model, response, redirect, "已更新状态", () -> bodies.changeStatus(body, status));
  }

  private String attempt(
      long id,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect,
      String done,
      Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute("message", done);
      return "redirect:" + PATH + "/" + id;
    } catch (Rejected e) {
      response.setStatus(422);
      model.addAttribute("errors", e.fields());
      return detail(id, model);
    }
  }

  /** The record if it lies in the caller's region subtree, else 404. */
  private Body visible(long id) {
    Body body = bodies.find(id).orElseThrow(() -> new RecordNotFoundException("governance body"));
    scope.requireInScope(body.communityCode());
    return body;
  }

  private Map<String, String> names(List<Body> items) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Body b : items) {
      names.computeIfAbsent(
          b.communityCode(), code -> regions.find(code).map(RegionNode::name).orElse(code));
    }
    return names;
  }
}
