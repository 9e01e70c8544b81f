package cn.minzheng.payments.web;

import cn.minzheng.payments.MonthLockedException;
import cn.minzheng.payments.Programme;
import cn.minzheng.payments.domain.BankFileExport;
import cn.minzheng.payments.domain.LineException;
import cn.minzheng.payments.domain.ReturnFileImport;
import cn.minzheng.payments.domain.ReturnFileRejected;
import cn.minzheng.payments.domain.ReturnImported;
import cn.minzheng.payments.domain.RosterApproval;
import cn.minzheng.payments.domain.RosterDrafting;
import cn.minzheng.payments.domain.RosterLinesExport;
import cn.minzheng.payments.domain.RosterRuleViolation;
import cn.minzheng.payments.domain.RosterSummary;
import cn.minzheng.platform.StaffUser;
import cn.minzheng.shared.TableWorkbook;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Page actions on rosters: draft, approve (confirmed), bank file export, return file import. */
@Controller
class RosterActions {

  private static final long MAX_RETURN_FILE = 20L * 1024 * 1024;

  private final RosterDrafting drafting;
  private final RosterApproval approval;
  private final BankFileExport export;
  private final ReturnFileImport returns;
  private final PaymentsAccess access;
  private final RosterLinesExport linesExport;

  RosterActions(
      RosterDrafting drafting,
      RosterApproval approval,
      BankFileExport export,
      ReturnFileImport returns,
      PaymentsAccess access,
      RosterLinesExport linesExport) {
    this.linesExport = linesExport;
    this.drafting = drafting;
    this.approval = approval;
    this.export = export;
    this.returns = returns;
    this.access = access;
  }

  @PostMapping(RosterPages.LIST + "/draft")
  String draft(
      @RequestParam(required = false) Programme programme,
      @RequestParam(required = false) String month,
      RedirectAttributes flash) {
    StaffUser user = access.requireRosterRole();
    YearMonth ym = RosterPages.parseMonth(month);
    if (programme == null || ym == null) {
      flash.addFlashAttribute("error", "请选择发放项目并填写发放月份（yyyy-MM）。");
      return "redirect:" + RosterPages.LIST;
    }
    try {
      int drafts = drafting.draft(programme, ym, user);
      flash.addFlashAttribute("message", "已生成 " + drafts + " 份名册草稿。");
    } catch (MonthLockedException e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + RosterPages.LIST + "?programme=" + programme.name() + "&month=" + ym;
  }

  @PostMapping(RosterPages.LIST + "/{id}/approve")
  String approve(@PathVariable long id, RedirectAttributes flash) {
    StaffUser user = access.requireRosterRole();
    try {
      approval.approve(id, user);
      flash.addFlashAttribute("message", "名册已审核通过。");
    } catch (RosterRuleViolation e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + RosterPages.LIST + "/" + id;
  }

  @GetMapping(RosterPages.LIST + "/{id}/export")
  void export(
      @PathVariable long id,
      @RequestParam(defaultValue = "csv") String format,
      HttpServletResponse response)
      throws IOException {
    BankFileDownload.write(export, access.requireRosterRole(), id, format, response);
  }

  @GetMapping(RosterPages.LIST + "/{id}/lines.xlsx")
  void exportLines(
      @PathVariable long id,
      @RequestParam(required = false) LineException exception,
      HttpServletResponse response)
      throws IOException {
    access.requireRosterRole();
    RosterSummary roster = linesExport.check(id);
    response.setContentType(TableWorkbook.CONTENT_TYPE);
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"roster-" + roster.id() + "-" + roster.month() + ".xlsx\"");
    linesExport.write(id, exception, response.getOutputStream());
  }

  @PostMapping(RosterPages.LIST + "/{id}/returns")
  String importReturns(
      @PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes flash)
      throws IOException {
    StaffUser user = access.requireRosterRole();
    if (file.isEmpty() || file.getSize() > MAX_RETURN_FILE) {
      flash.addFlashAttribute("error", "回盘文件为空或超过20MB。");
      return "redirect:" + RosterPages.LIST + "/" + id;
    }
    try {
      ReturnImported r = returns.importFile(id, file.getOriginalFilename(), file.getBytes(), user);
      flash.addFlashAttribute(
          "message",
          r.duplicate()
              ? "该回盘文件已导入过，未作任何更改。"
              : "回盘已导入：成功 " + r.paid() + " 笔，失败 " + r.failed() + " 笔。");
    } catch (ReturnFileRejected e) {
      flash.addFlashAttribute("error", "回盘文件未导入：");
      flash.addFlashAttribute("errors", e.errors());
    } catch (RosterRuleViolation e) {
      flash.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:" + RosterPages.LIST + "/" + id;
  }
}
