package cn.minzheng.payments.web;

import cn.minzheng.payments.domain.BankFileExport;
import cn.minzheng.payments.domain.RosterSummary;
import cn.minzheng.platform.StaffUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/** Writes a bank file download for pages and API alike, after scope, role and state passed. */
final class BankFileDownload {

  private BankFileDownload() {}

  static void write(
      BankFileExport export, StaffUser user, long id, String format, HttpServletResponse response)
      throws IOException {
    BankFileExport.Format f =
        "xlsx".equals(format.toLowerCase(Locale.ROOT))
            ? BankFileExport.Format.XLSX
            : BankFileExport.Format.CSV;
    RosterSummary roster = export.checkExportable(id, user);
    String name =
        "bank-"
            + roster.programme().name().toLowerCase(Locale.ROOT)
            + "-"
            + roster.month()
            + "-"
            + roster.districtCode()
            + "-"
            + id
            + (f == BankFileExport.Format.XLSX ? ".xlsx" : ".csv");
    response.setContentType(
        f == BankFileExport.Format.XLSX
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    response.setHeader("Cache-Control", "no-store");
    export.export(id, f, user, response.getOutputStream());
  }
}
