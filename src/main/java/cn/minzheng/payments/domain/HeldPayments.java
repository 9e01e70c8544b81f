package cn.minzheng.payments.domain;

import cn.minzheng.payments.PayeeAccounts;
import cn.minzheng.payments.Programme;
import cn.minzheng.platform.DataScope;
import cn.minzheng.platform.InvalidInput;
import cn.minzheng.platform.InvalidInput.FieldMessage;
import cn.minzheng.platform.PageQuery;
import cn.minzheng.platform.PageResult;
import cn.minzheng.platform.RecordNotFoundException;
import cn.minzheng.platform.RegionFilter;
import cn.minzheng.shared.Masking;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 暂缓发放: lines of approved rosters held out of the bank file for want of a valid account, not paid
 * by a later roster yet — the work queue of the staff who record payee accounts. Recording a valid
 * account releases every held line of the person into the next roster run of its programme.
 */
@Service
public class HeldPayments {

  private final JdbcClient jdbc;
  private final DataScope dataScope;
  private final PayeeAccounts accounts;

  HeldPayments(JdbcClient jdbc, DataScope dataScope, PayeeAccounts accounts) {
    this.jdbc = jdbc;
    this.dataScope = dataScope;
    this.accounts = accounts;
  }

  /** A held line; {@code accountRecorded}: a valid account exists now, the next run pays it. */
  public record HeldLine(
      long lineId,
      long rosterId,
      Programme programme,
      YearMonth month,
      long personId,
      String personName,
      String regionCode,
      BigDecimal amount,
      LineException issue,
      boolean accountRecorded) {}

  /** Lines of approved rosters (the work queue counts over these) ... */
  public static final String WAITING_FROM =
      "payments.roster_line l join payments.roster r on r.id = l.roster_id and r.state <> 'DRAFT'";

  /** ... that are held and that no later line pays yet. */
  public static final String WAITING_WHEN =
      "l.account_issue is not null"
          + " and not exists (select 1 from payments.roster_line x where x.reissue_of = l.id)";

  static final String WAITING =
      " from "
          + WAITING_FROM
          + " left join registry.person_fact pf on pf.id = l.person_id where "
          + WAITING_WHEN;

  public PageResult<HeldLine> search(Programme programme, String districtCode, PageQuery page) {
    RegionFilter scope = dataScope.current();
    Map<String, Object> p = new HashMap<>();
    p.put("programme", programme == null ? null : programme.name());
    p.put("district", districtCode);
    p.put("unrestricted", scope.unrestricted());
    p.put("scope", scope.codesArray());
    String where =
        WAITING
            + """
             and (cast(:programme as text) is null or r.programme = :programme)
             and (cast(:district as text) is null or r.district_code = :district)
             and (:unrestricted or l.region_code = any(cast(:scope as text[])))""";
    long total = jdbc.sql("select count(*)" + where).params(p).query(Long.class).single();
    p.put("limit", page.size());
    p.put("offset", page.offset());
    List<HeldLine> items =
        jdbc.sql(
                """
                select l.id, r.id, r.programme, r.month, l.person_id, pf.name, l.region_code,
                       l.amount, l.account_issue,
                       exists (select 1 from payments.payee_account a
                                where a.person_id = l.person_id and a.active
                                  and a.number_valid is not false)"""
                    + where
                    + " order by r.month, l.id limit :limit offset :offset")
            .params(p)
            .query(
                (rs, n) ->
                    new HeldLine(
                        rs.getLong(1),
                        rs.getLong(2),
                        Programme.valueOf(rs.getString(3)),
                        YearMonth.from(rs.getObject(4, LocalDate.class)),
                        rs.getLong(5),
                        Masking.publicName(rs.getString(6)),
                        rs.getString(7),
                        rs.getBigDecimal(8),
                        "MISSING".equals(rs.getString(9))
                            ? LineException.NO_ACCOUNT
                            : LineException.INVALID_ACCOUNT,
                        rs.getBoolean(10)))
            .list();
    return new PageResult<>(items, page, total);
  }

  /** What staff type to record an account. */
  public record AccountForm(String holderName, String bankName, String accountNumber) {

    /**
     * The normalised account number of a form whose every field is right; otherwise an {@link
     * InvalidInput} naming each wrong field (a wrong check digit included: an account recorded by
     * hand is checked at once, not held again in the next roster).
     */
    public String checkedNumber() {
      List<FieldMessage> errors = new ArrayList<>();
      if (blank(holderName)) {
        errors.add(new FieldMessage("holderName", "户名不能为空"));
      }
      if (blank(bankName)) {
        errors.add(new FieldMessage("bankName", "开户行不能为空"));
      }
      String number = AccountNumberRule.normalise(accountNumber);
      if (!AccountNumberRule.wellFormed(number)) {
        errors.add(new FieldMessage("accountNumber", "银行账号应为12至30位数字"));
      } else if (!AccountNumberRule.valid(number)) {
        errors.add(new FieldMessage("accountNumber", "银行账号校验位不正确，请核对卡号"));
      }
      if (!errors.isEmpty()) {
        throw new InvalidInput(errors);
      }
      return number;
    }
  }

  /**
   * Records the person's account, for a person with a held line in the caller's scope (anyone else:
   * 404). The number must be valid: a held payment is released only into a payable account.
   */
  public long recordAccount(long personId, AccountForm form) {
    RegionFilter scope = dataScope.current();
    boolean heldInScope =
        jdbc.sql(
                "select exists (select 1"
                    + WAITING
                    + " and l.person_id = :person"
                    + " and (:unrestricted or l.region_code = any(cast(:scope as text[]))))")
            .param("person", personId)
            .param("unrestricted", scope.unrestricted())
            .param("scope", scope.codesArray())
            .query(Boolean.class)
            .single();
    if (!heldInScope) {
      throw new RecordNotFoundException("held payment");
    }
    String number = form.checkedNumber();
    return accounts.register(personId, form.holderName(), form.bankName(), number);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
