package cn.minzheng.elderly.institution;

import cn.minzheng.calendar.WorkingCalendar;
import cn.minzheng.platform.AuditLog;
import cn.minzheng.platform.AuditLog.AuditEvent;
import cn.minzheng.shared.CreditCode;
import cn.minzheng.shared.InvalidCreditCodeException;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 备案: an institution files within 10 working days after admitting residents (a later filing is
 * still accepted and marked late); the bureau issues a receipt or asks for more materials.
 */
@Service
public class InstitutionFilings {

  static final int DEADLINE_WORKING_DAYS = 10;

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final WorkingCalendar calendar;

  InstitutionFilings(JdbcClient jdbc, AuditLog audit, WorkingCalendar calendar) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.calendar = calendar;
  }

  /** The last day of the filing period: 10 working days of the city's calendar after admission. */
  public LocalDate deadline(LocalDate admittedOn) {
    return calendar.plusWorkingDays(admittedOn, DEADLINE_WORKING_DAYS);
  }

  public boolean late(LocalDate admittedOn, LocalDate submittedOn) {
    return submittedOn.isAfter(deadline(admittedOn));
  }

  @Transactional
  public long file(NewFiling f, String by) {
    FilingRules.check(f);
    String code;
    try {
      code = CreditCode.parse(f.creditCode()).value();
    } catch (InvalidCreditCodeException e) {
      throw new IllegalArgumentException("统一社会信用代码：" + e.getMessage());
    }
    long id =
        jdbc.sql(
                """
                insert into elderly.institution (name, credit_code, address, region_code,
                       legal_representative, premises, area_sqm, contact_phone, total_beds,
                       nursing_beds, pledge_signed, admitted_on, submitted_on, late, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                f.name().strip(),
                code,
                f.address().strip(),
                f.regionCode(),
                f.legalRepresentative().strip(),
                f.premises().name(),
                f.areaSqm(),
                f.contactPhone().strip(),
                f.totalBeds(),
                f.nursingBeds(),
                f.pledgeSigned(),
                f.admittedOn(),
                f.submittedOn(),
                late(f.admittedOn(), f.submittedOn()),
                by)
            .query(Long.class)
            .single();
    history(id, "备案申请", late(f.admittedOn(), f.submittedOn()) ? "逾期备案" : null, by);
    return id;
  }

  /** Issues the 备案回执; the institution appears on the public list from now on. */
  @Transactional
  public String issueReceipt(long id, LocalDate on, String by) {
    String receipt =
        jdbc.sql(
                """
                update elderly.institution
                   set status = 'FILED', filed_on = ?, updated_at = now(),
                       receipt_number = coalesce(receipt_number,
                         'YLBA' || to_char(?::date, 'YYYY') || lpad(nextval('elderly.institution_receipt_seq')::text, 6, '0'))
                 where id = ? and status in ('SUBMITTED', 'MORE_MATERIALS')
                returning receipt_number""")
            .params(on, on, id)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new IllegalArgumentException("该备案不在待审核状态"));
    history(id, "出具备案回执", receipt, by);
    return receipt;
  }

  @Transactional
  public void requestMaterials(long id, String note, String by) {
    if (note == null || note.isBlank()) {
      throw new IllegalArgumentException("补充材料说明不能为空");
    }
    int n =
        jdbc.sql(
                """
                update elderly.institution set status = 'MORE_MATERIALS', materials_note = ?,
                       updated_at = now() where id = ? and status = 'SUBMITTED'""")
            .params(note.strip(), id)
            .update();
    if (n == 0) {
      throw new IllegalArgumentException("该备案不在待审核状态");
    }
    history(id, "要求补充材料", note, by);
  }

  void history(long id, String action, String note, String by) {
    jdbc.sql(
            "insert into elderly.institution_history (institution_id, action, note, by_user)"
                + " values (?, ?, ?, ?)")
        .params(id, action, note, by)
        .update();
    audit.record(AuditEvent.success("elderly.institution", "institution", "" + id, action));
  }
}
