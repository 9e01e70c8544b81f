package cn.minzheng.children.web;

import cn.minzheng.children.protection.Network;
import cn.minzheng.children.protection.Network.Coverage;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.Breadcrumb;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.ChinaTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 保护工作网络: coverage by district on the region tree (which streets lack a workstation or a 儿童督导员,
 * which communities a point or a 儿童主任), the units, Excel export; the county and the city keep the
 * units.
 */
@Controller
class NetworkPages {

  static final String PATH = "/children/network";

  private final Network network;
  private final ChildrenRoles roles;
  private final DataScope scope;
  private final AuditLog audit;

  NetworkPages(Network network, ChildrenRoles roles, DataScope scope, AuditLog audit) {
    this.network = network;
    this.roles = roles;
    this.scope = scope;
    this.audit = audit;
  }

  @GetMapping(PATH)
  String show(Model model) {
    StaffUser user = roles.require(ChildrenRoles.PROTECTION);
    return page(model, user, Map.of());
  }

  private String page(Model model, StaffUser user, Map<String, String> errors) {
    model.addAttribute("coverage", network.coverage(this::visible, ChinaTime.today()));
    model.addAttribute("units", network.units(scope::permits));
    model.addAttribute("kinds", Network.KINDS);
    model.addAttribute("canEdit", roles.has(user, ChildrenRoles.NETWORK_EDITORS));
    model.addAttribute("errors", errors);
    model.addAttribute(
        "breadcrumbs", List.of(Breadcrumb.here(ChildrenMenu.GROUP), Breadcrumb.here("保护工作网络")));
    return "children/network";
  }

  private boolean visible(String districtCode) {
    return visible(scope, districtCode);
  }

  /**
   * A district is shown when it lies in the scope or the caller sits inside it (street, community).
   */
  static boolean visible(DataScope scope, String districtCode) {
    if (scope.permits(districtCode)) {
      return true;
    }
    String prefix = districtCode.substring(0, 6);
    return scope.current().codes().stream().anyMatch(c -> c.startsWith(prefix));
  }

  @PostMapping(PATH + "/units")
  String save(
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String regionCode,
      @RequestParam(required = false) @Nullable String directorName,
      @RequestParam(required = false) @Nullable String directorPhone,
      Model model) {
    StaffUser user = roles.require(ChildrenRoles.NETWORK_EDITORS);
    try {
      String code = regionCode == null ? "" : regionCode.strip();
      if (!scope.permits(code)) {
        throw new InvalidInput("regionCode", "区划不在本账号管辖范围内");
      }
      network.save(
          kind == null ? "" : kind,
          name == null ? "" : name,
          code,
          directorName,
          directorPhone,
          user.username());
      audit.record(AuditEvent.success("children.network.save", "children-network", code, name));
      model.addAttribute("message", "已保存");
      return page(model, user, Map.of());
    } catch (InvalidInput e) {
      return page(model, user, PageErrors.of(e));
    }
  }

  @GetMapping(PATH + "/export")
  ResponseEntity<byte[]> export() {
    roles.require(ChildrenRoles.PROTECTION);
    List<Coverage> rows = network.coverage(this::visible, ChinaTime.today());
    audit.record(
        AuditEvent.success(
            "children.network.export", "children-network", null, rows.size() + " 个区县"));
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("未成年人保护工作网络覆盖.xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body(workbook(rows));
  }

  static byte[] workbook(List<Coverage> rows) {
    String[] headers = {"区县代码", "区县", "保护中心", "街道数", "工作站", "有儿童督导员", "社区数", "服务点", "有儿童主任", "缺口"};
    SXSSFWorkbook wb = new SXSSFWorkbook(200);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("网络覆盖");
      Row header = sheet.createRow(0);
      for (int i = 0; i < headers.length; i++) {
        header.createCell(i).setCellValue(headers[i]);
      }
      int r = 1;
      for (Coverage c : rows) {
        Row x = sheet.createRow(r++);
        x.createCell(0).setCellValue(c.districtCode());
        x.createCell(1).setCellValue(c.districtName());
        x.createCell(2).setCellValue(c.centres());
        x.createCell(3).setCellValue(c.streets());
        x.createCell(4).setCellValue(c.workstations());
        x.createCell(5).setCellValue(c.supervisors());
        x.createCell(6).setCellValue(c.communities());
        x.createCell(7).setCellValue(c.points());
        x.createCell(8).setCellValue(c.directors());
        x.createCell(9).setCellValue(String.join("；", c.gaps()));
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      wb.dispose();
    }
  }
}
