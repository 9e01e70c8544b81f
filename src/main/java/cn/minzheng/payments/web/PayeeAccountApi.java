package cn.minzheng.payments.web;

import cn.minzheng.payments.PayeeAccounts.MaskedAccount;
import cn.minzheng.payments.domain.HeldPayments.AccountForm;
import cn.minzheng.payments.domain.PayeeAccountChanges;
import cn.minzheng.platform.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's payee account (收款账户): read masked with its {@code ETag}, changed with {@code
 * If-Match}. The roster roles only, as on the held-payments page; a person outside the caller's
 * region answers 404.
 */
@RestController
@RequestMapping("/api/v1/payments/payees/{personId}/account")
@Tag(name = "资金发放", description = "发放名册：生成、异常核查、审核、银行代发文件")
class PayeeAccountApi {

  private final PayeeAccountChanges changes;
  private final PaymentsAccess access;

  PayeeAccountApi(PayeeAccountChanges changes, PaymentsAccess access) {
    this.changes = changes;
    this.access = access;
  }

  @GetMapping
  @Operation(
      summary = "读取收款账户（脱敏）",
      description = "本辖区内人员的在用收款账户，账号只显示前4位和后4位；ETag 为账户版本，修改时放在 If-Match 中。每次读取记入审计日志。")
  ResponseEntity<MaskedAccount> read(@PathVariable long personId) {
    access.requireRosterRole();
    MaskedAccount account = changes.read(personId);
    return ResponseEntity.ok().eTag(etag(account)).body(account);
  }

  @PutMapping
  @ApiResponse(responseCode = "200", description = "已更换，ETag 为新账户的版本")
  @ApiResponse(responseCode = "412", description = "账户已被他人修改（If-Match 不是当前版本）")
  @ApiResponse(responseCode = "428", description = "已有账户而未带 If-Match")
  @Operation(
      summary = "更换收款账户（需 If-Match）",
      description = "卡号须通过校验位；已有账户时须带读取时的 ETag（If-Match），他人已先修改答 412，未带答 428；原账户保留为停用。")
  ResponseEntity<MaskedAccount> change(
      @PathVariable long personId,
      @Parameter(description = "读取时得到的 ETag，如 \"12\"；尚无账户时不填")
          @RequestHeader(name = "If-Match", required = false)
          @Nullable String ifMatch,
      @RequestBody AccountForm form) {
    access.requireRosterRole();
    MaskedAccount account = changes.change(personId, seenVersion(ifMatch), form);
    return ResponseEntity.ok().eTag(etag(account)).body(account);
  }

  private static String etag(MaskedAccount account) {
    return "\"" + account.id() + "\"";
  }

  private static @Nullable Long seenVersion(@Nullable String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
    } catch (NumberFormatException e) {
      throw new InvalidInput("If-Match", "If-Match 应为读取时得到的 ETag，如 \"12\"");
    }
  }
}
