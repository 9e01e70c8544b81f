package cn.minzheng.monitoring.web;

import cn.minzheng.monitoring.feeds.Delivery;
import cn.minzheng.monitoring.feeds.FeedBatch;
import cn.minzheng.monitoring.feeds.FeedImportResult;
import cn.minzheng.monitoring.feeds.FeedImports;
import cn.minzheng.monitoring.feeds.FeedRows;
import cn.minzheng.monitoring.feeds.FeedType;
import cn.minzheng.monitoring.feeds.RowError;
import cn.minzheng.monitoring.feeds.Unmatched;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.ServiceAccountAuthentication;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A department's system delivers a batch of records (service account with the feed's scope, e.g.
 * {@code monitoring:feed-vehicle}). {@code Idempotency-Key} required: the same key (or the same
 * records) again answers 200 with the first delivery's batch and changes nothing; a new batch 201.
 */
@RestController
class FeedApi {

  static final int MAX_RECORDS = 10_000;
  static final int REPORT_ROWS = 1_000;

  private final FeedImports imports;

  FeedApi(FeedImports imports) {
    this.imports = imports;
  }

  @Operation(summary = "部门数据对接：上报一个批次（需 Idempotency-Key）")
  @PostMapping("/api/v1/monitoring/feeds/{type}/batches")
  ResponseEntity<BatchAnswer> deliver(
      @PathVariable String type,
      @RequestHeader(name = "Idempotency-Key", required = false) String key,
      @RequestBody FeedBatchRequest body,
      Authentication auth) {
    FeedType feed = FeedType.fromCode(type).orElseThrow(() -> new RecordNotFoundException(type));
    if (!(auth instanceof ServiceAccountAuthentication account)
        || !account.hasScope(feed.scope())) {
      throw new AccessDeniedException("scope " + feed.scope() + " required");
    }
    if (key == null || key.isBlank() || key.length() > 200) {
      throw new FeedApiException("Idempotency-Key", "请求头 Idempotency-Key 必须提供（1至200个字符）");
    }
    if (body == null || body.records() == null || body.records().isEmpty()) {
      throw new FeedApiException("records", "records 不能为空");
    }
    if (body.records().size() > MAX_RECORDS) {
      throw new FeedApiException("records", "每批最多" + MAX_RECORDS + "条记录，请分批提交");
    }
    FeedImportResult result =
        imports.importRows(
            Delivery.api(
                feed, account.department(), account.getName(), key, digest(body.records())),
            rows(body.records()),
            account.getName());
    FeedBatch batch = result.batch();
    return ResponseEntity.status(result.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
        .body(
            new BatchAnswer(
                batch.id(),
                result.repeated(),
                batch.rowsTotal(),
                batch.rowsMatched(),
                batch.rowsUnmatched(),
                batch.rowsRejected(),
                imports.errors(batch.id(), REPORT_ROWS),
                imports.unmatched(batch.id(), REPORT_ROWS)));
  }

  /** Record n (1-based) is "line" n of the error report. */
  private static FeedRows rows(List<FeedRecord> records) {
    return sink -> {
      for (int i = 0; i < records.size(); i++) {
        FeedRecord r = records.get(i);
        List<String> cells = new ArrayList<>(4);
        cells.add(Objects.toString(r.idNumber(), ""));
        cells.add(Objects.toString(r.date(), ""));
        cells.add(r.amount() == null ? "" : r.amount().toPlainString());
        cells.add(Objects.toString(r.detail(), ""));
        sink.row(i + 1, cells);
      }
    };
  }

  private static byte[] digest(List<FeedRecord> records) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (FeedRecord r : records) {
        String line = r.idNumber() + "|" + r.date() + "|" + r.amount() + "|" + r.detail() + "\n";
        sha.update(line.getBytes(StandardCharsets.UTF_8));
      }
      return sha.digest();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  record FeedRecord(String idNumber, String date, BigDecimal amount, String detail) {}

  record FeedBatchRequest(List<FeedRecord> records) {}

  record BatchAnswer(
      long batchId,
      boolean repeated,
      int rows,
      int matched,
      int unmatched,
      int rejected,
      List<RowError> errors,
      List<Unmatched> unmatchedRecords) {}
}
