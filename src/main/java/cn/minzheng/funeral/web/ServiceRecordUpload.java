package cn.minzheng.funeral.web;

import cn.minzheng.funeral.cases.ServiceRecords;
import cn.minzheng.funeral.config.Facilities;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.StaffUser;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A funeral home's service records uploaded by staff on its behalf (CSV or Excel). The file's
 * digest is the idempotency key: the same file twice is one batch and adds nothing.
 */
@Controller
class ServiceRecordUpload {

  private final ServiceRecords records;
  private final Facilities facilities;
  private final FuneralAccess access;
  private final DataScope scope;

  ServiceRecordUpload(
      ServiceRecords records, Facilities facilities, FuneralAccess access, DataScope scope) {
    this.records = records;
    this.facilities = facilities;
    this.access = access;
    this.scope = scope;
  }

  @PostMapping("/funeral/records")
  String upload(
      @RequestParam(required = false) String facilityId,
      @RequestParam(required = false) MultipartFile file,
      RedirectAttributes redirect)
      throws IOException {
    StaffUser user = access.require(FuneralAccess.RECORDS);
    try {
      long id;
      try {
        id = Long.parseLong(facilityId == null ? "" : facilityId.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInput("facilityId", "殡仪馆：请选择");
      }
      var facility =
          facilities
              .find(id)
              .filter(f -> scope.permits(f.regionCode()))
              .orElseThrow(() -> new RecordNotFoundException("facility " + id));
      if (file == null || file.isEmpty()) {
        throw new InvalidInput("file", "文件：请选择服务记录文件");
      }
      byte[] content = file.getBytes();
      var rows = RecordFiles.read(file.getOriginalFilename(), content);
      var batch =
          records.deliver(
              facility.id(),
              ServiceRecords.Source.UPLOAD,
              "sha256:" + sha256(content),
              rows,
              user.username());
      redirect.addFlashAttribute(
          "message",
          batch.repeated()
              ? "该文件此前已上传（批次 %d），未重复导入".formatted(batch.id())
              : "已导入 %d 条，共 %d 条".formatted(batch.accepted(), batch.rows()));
      redirect.addFlashAttribute("rowErrors", batch.errors());
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/funeral/cases";
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
