package cn.minzheng.elderly.demo;

import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.CreditCode;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo account {@code institution_operator} (platform demo accounts, 锦江区) is bound to an
 * institution of its own that filed online and was asked for more materials, so that the demo shows
 * the operator's answer and the bureau's decision. Runs on every demo start, does nothing once
 * bound.
 */
@Component
class DemoOperator {

  static final String USERNAME = "institution_operator";
  static final String COMMUNITY = "510104001001";

  private final JdbcClient jdbc;

  DemoOperator(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  boolean bind() {
    boolean bound =
        jdbc.sql("select exists (select 1 from elderly.institution_operator where username = ?)")
            .param(USERNAME)
            .query(Boolean.class)
            .single();
    if (bound) {
      return false;
    }
    LocalDate today = ChinaTime.today();
    String first8 = "06500001";
    String body = "52510104" + first8 + CreditCode.organisationCodeCheckChar(first8);
    long id =
        jdbc.sql(
                """
                insert into elderly.institution (name, credit_code, address, region_code,
                       legal_representative, premises, contact_phone, total_beds, nursing_beds,
                       occupied_beds, pledge_signed, admitted_on, submitted_on, late, status,
                       materials_note, filed_online, demo, created_by)
                values ('锦江区椿萱养老院（演示网上备案）', ?, '锦江区（演示地址）椿萱路1号', ?, '演示法人',
                        'LEASED', '028-86009999', 80, 40, 25, true, ?, ?, false,
                        'MORE_MATERIALS', '请补充消防安全检查合格证明', true, true, ?)
                on conflict (credit_code) do update set name = excluded.name
                returning id""")
            .params(
                body + CreditCode.checkChar(body), COMMUNITY, today.minusDays(7), today, USERNAME)
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into elderly.institution_operator (username, institution_id, bound_by)"
                + " values (?, ?, 'demo')")
        .params(USERNAME, id)
        .update();
    jdbc.sql(
            """
            insert into elderly.institution_history (institution_id, action, note, by_user)
            values (?, '备案申请', null, ?), (?, '要求补充材料', '请补充消防安全检查合格证明', 'district_approver')""")
        .params(id, USERNAME, id)
        .update();
    return true;
  }
}
