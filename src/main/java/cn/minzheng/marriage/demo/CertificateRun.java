package cn.minzheng.marriage.demo;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Numbers the demo registrations set-based as the counter would have (per office, year and type, in
 * the order of the days, after the counter's last number), then moves the counters on.
 */
final class CertificateRun {

  private CertificateRun() {}

  static void number(JdbcTemplate jdbc) {
    jdbc.update(
        """
        with numbered as (
          select r.id, o.code, r.type, extract(year from r.registered_on)::int y,
                 coalesce(c.last_no, 0) + row_number() over (
                   partition by r.office_id, r.type, extract(year from r.registered_on)
                   order by r.registered_on, r.id) n
            from marriage.registration r
            join marriage.office o on o.id = r.office_id
            left join marriage.certificate_counter c on c.office_id = r.office_id
                 and c.type = r.type and c.year = extract(year from r.registered_on)
           where r.certificate_no like 'DEMO-%')
        update marriage.registration r
           set certificate_no = case n.type when 'MARRIAGE' then 'J-' else 'L-' end
                 || n.code || '-' || n.y || '-' || lpad(n.n::text, 6, '0')
          from numbered n
         where n.id = r.id""");
    jdbc.update(
        """
        insert into marriage.certificate_counter (office_id, year, type, last_no)
        select office_id, extract(year from registered_on)::int, type,
               max(right(certificate_no, 6)::int)
          from marriage.registration where registered_by = 'demo'
         group by 1, 2, 3
        on conflict (office_id, year, type)
        do update set last_no = greatest(certificate_counter.last_no, excluded.last_no)""");
  }
}
