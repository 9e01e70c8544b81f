package cn.minzheng.funeral.web;

import cn.minzheng.funeral.cases.ServiceRecords;
import cn.minzheng.funeral.config.Facilities;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.ServiceAccountAuthentication;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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
 * A funeral home's system delivers service records (service account with the scope {@code
 * funeral:service-records}). {@code Idempotency-Key} required: the same key again answers 200 with
 * the first delivery's batch and adds nothing; a new batch answers 201.
 */
@RestController
class ServiceRecordApi {

  static final int MAX_RECORDS = 1_000;

  private final ServiceRecords records;
  private final Facilities facilities;

  ServiceRecordApi(ServiceRecords records, Facilities facilities) {
    this.records = records;
    this.facilities = facilities;
  }

  @Operation(summary = "殡仪服务机构上报服务记录（需 Idempotency-Key）")
  @PostMapping("/api/v1/funeral/facilities/{facilityId}/service-records")
  ResponseEntity<ServiceRecords.Batch> deliver(
      @PathVariable long facilityId,
      @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
      @RequestBody(required = false) @Nullable RecordBatch body,
      Authentication auth) {
    if (!(auth instanceof ServiceAccountAuthentication account)
        || !account.hasScope(FuneralAccess.RECORDS_SCOPE)) {
      throw new AccessDeniedException("scope " + FuneralAccess.RECORDS_SCOPE + " required");
    }
    var facility =
        facilities
            .find(facilityId)
            .orElseThrow(() -> new RecordNotFoundException("facility " + facilityId));
    if (key == null || key.isBlank() || key.length() > 200) {
      throw new InvalidInput("Idempotency-Key", "请求头 Idempotency-Key 必须提供（1至200个字符）");
    }
    if (body == null || body.records() == null || body.records().isEmpty()) {
      throw new InvalidInput("records", "records 不能为空");
    }
    if (body.records().size() > MAX_RECORDS) {
      throw new InvalidInput("records", "每批最多" + MAX_RECORDS + "条记录，请分批提交");
    }
    List<ServiceRecords.Row> rows = new ArrayList<>();
    for (int i = 0; i < body.records().size(); i++) {
      RecordLine r = body.records().get(i);
      rows.add(
          new ServiceRecords.Row(
              i + 1,
              Objects.toString(r.idNumber(), ""),
              Objects.toString(r.item(), ""),
              Objects.toString(r.servedOn(), ""),
              r.charged() == null ? "" : r.charged().toPlainString(),
              r.diedOn()));
    }
    ServiceRecords.Batch batch =
        records.deliver(
            facility.id(), ServiceRecords.Source.API, key.strip(), rows, account.getName());
    return ResponseEntity.status(batch.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(batch);
  }

  record RecordLine(
      @Nullable String idNumber,
      @Nullable String item,
      @Nullable String servedOn,
      @Nullable BigDecimal charged,
      @Nullable String diedOn) {}

  record RecordBatch(@Nullable List<RecordLine> records) {}
}
