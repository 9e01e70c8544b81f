package cn.minzheng.assistance.web;

import cn.minzheng.assistance.cases.AssistanceCase;
import cn.minzheng.assistance.cases.Attachments;
import cn.minzheng.assistance.cases.CaseQueries;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.platform.CurrentUser;
import cn.minzheng.platform.RecordNotFoundException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A case's attachment (income certificates, medical bills ...) for the staff who may see the case:
 * out of scope answers 404 like the case itself; every download is audited.
 */
@Controller
class AttachmentDownload {

  private final CaseQueries queries;
  private final Attachments attachments;
  private final CurrentUser currentUser;
  private final AuditLog audit;

  AttachmentDownload(
      CaseQueries queries, Attachments attachments, CurrentUser currentUser, AuditLog audit) {
    this.queries = queries;
    this.attachments = attachments;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  @GetMapping(CasePage.PATH + "/{id}/attachments/{attachmentId}")
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
    AssistanceRoles.require(currentUser, AssistanceRoles.CASE_ROLES);
    AssistanceCase c = queries.get(id);
    Attachments.StoredFile file =
        attachments
            .content(c.id(), attachmentId)
            .orElseThrow(() -> new RecordNotFoundException("附件"));
    audit.record(
        AuditEvent.success(
            "assistance.attachment.download",
            "assistance-case",
            String.valueOf(c.id()),
            "下载附件 " + file.fileName()));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(file.content());
  }
}
