package cn.minzheng.payments.web;

import cn.minzheng.payments.Programme;
import cn.minzheng.payments.domain.HeldPayments;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 暂缓发放 as API: the held payments and recording the payee's account. */
@RestController
@RequestMapping("/api/v1/payments/held")
@Tag(name = "资金发放", description = "发放名册：生成、异常核查、审核、银行代发文件")
class HeldApi {

  private final HeldPayments held;
  private final PaymentsAccess access;

  HeldApi(HeldPayments held, PaymentsAccess access) {
    this.held = held;
    this.access = access;
  }

  @GetMapping
  @Operation(
      summary = "暂缓发放的明细",
      description = "已审核名册中无收款账户或账号校验不通过、尚未补发的明细；accountRecorded=true 表示已登记账户，待下期名册补发。")
  PageResult<HeldPayments.HeldLine> list(
      @RequestParam(required = false) Programme programme,
      @RequestParam(required = false) String district,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    access.requireRosterRole();
    return held.search(
        programme, district, PageQuery.of(page, size, "id", "asc", Set.of("id"), "id"));
  }

  @PostMapping("/{personId}/account")
  @Operation(
      summary = "登记收款账户",
      description = "为有暂缓款项的人登记收款账户（卡号须通过校验位），下期名册补发一次；范围外或无暂缓款项答 404，输入有误答 400 并列出字段。")
  Map<String, Object> recordAccount(
      @PathVariable long personId, @RequestBody HeldPayments.AccountForm form) {
    access.requireRosterRole();
    long account = held.recordAccount(personId, form);
    return Map.of("personId", personId, "accountId", account);
  }
}
