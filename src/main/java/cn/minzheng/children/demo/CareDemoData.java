package cn.minzheng.children.demo;

import cn.minzheng.children.care.CareProgramme;
import cn.minzheng.children.care.CareProgramme.Round;
import cn.minzheng.children.care.CareProgramme.School;
import cn.minzheng.children.care.ScreeningImports;
import cn.minzheng.platform.FieldCipher;
import cn.minzheng.region.RegionNode;
import cn.minzheng.region.RegionQuery;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.XlsxRows;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With {@code minzheng.demo.enabled=true}, once (guarded by the demo schools): a care-programme
 * round (关爱行动) for a few schools — 24 schools (one in ten of the brief's 240) on the streets where
 * the demo's allowance children live and beyond, and six of them with their screening file imported
 * through the module's own import (the registry's children aged 6–15 of the school's street, so
 * that the allowance children show as special-group children first on the follow-up list), two of
 * them 40 days ago (their open positives overdue), a few follow-ups recorded.
 */
@Component
@Order(321)
@ConditionalOnBooleanProperty("minzheng.demo.enabled")
class CareDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CareDemoData.class);
  private static final String[] HEADER = {"身份证号", "学籍号", "姓名", "年级", "近视", "龋齿", "心理健康", "脊柱侧弯"};
  static final int SCHOOLS = 24;
  static final int IMPORTED = 6;

  private final JdbcClient jdbc;
  private final CareProgramme programme;
  private final ScreeningImports imports;
  private final FieldCipher cipher;
  private final RegionQuery regions;

  CareDemoData(
      JdbcClient jdbc,
      CareProgramme programme,
      ScreeningImports imports,
      FieldCipher cipher,
      RegionQuery regions) {
    this.jdbc = jdbc;
    this.programme = programme;
    this.imports = imports;
    this.cipher = cipher;
    this.regions = regions;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean done =
        jdbc.sql("select exists (select 1 from children.school where updated_by = 'demo')")
            .query(Boolean.class)
            .single();
    if (done) {
      return;
    }
    LocalDate today = ChinaTime.today();
    List<String> streets = streets();
    if (streets.isEmpty()) {
      return;
    }
    long roundId =
        programme.openRound(
            today.getYear() + "年关爱行动健康筛查（演示）", today.minusDays(45), today.plusDays(60), 30, "demo");
    Round round = programme.round(roundId).orElseThrow();
    int pupils = 0;
    for (int i = 0; i < SCHOOLS && i < streets.size(); i++) {
      String street = streets.get(i);
      String name = regions.find(street).map(RegionNode::name).orElse(street);
      long id =
          programme.saveSchool(
              "DEMO-" + (i + 1), name + (i % 2 == 0 ? "小学" : "中学"), street, "demo");
      if (i < IMPORTED) {
        School school = programme.school(id).orElseThrow();
        byte[] file = workbook(street, i);
        LocalDate on = i < 2 ? today.minusDays(40) : today.minusDays(3);
        pupils +=
            imports
                .importFile(
                    round,
                    school,
                    school.name() + "筛查结果.xlsx",
                    sha256(file),
                    sink -> XlsxRows.forEach(new ByteArrayInputStream(file), sink),
                    "demo",
                    on)
                .batch()
                .rowsTotal();
      }
    }
    int followed =
        jdbc.sql(
                """
                insert into children.screening_follow_up (pupil_id, screening_type, done_on, outcome,
                  recorded_by)
                select id, 'MYOPIA', least(follow_up_due - 20, cast(? as date)), '已到医院复查并配镜（演示）', 'demo'
                  from children.screening_pupil
                 where round_id = ? and myopia and id % 3 = 0""")
            .params(today, roundId)
            .update();
    log.info("演示数据（关爱行动）：学校 {} 所，导入学生 {} 名，已随访 {} 项", SCHOOLS, pupils, followed);
  }

  /** The streets of the demo allowance children first, then others, for the schools. */
  private List<String> streets() {
    return jdbc.sql(
            """
            select street from (
              select left(region_code, 9) || '000' as street, 0 as rank
                from children.allowance_case where filed_by = 'demo'
              union all
              select left(region_code, 9) || '000', 1 from children.network_unit
               where kind = 'WORKSTATION') s
             group by street order by min(rank), street limit ?""")
        .param(SCHOOLS)
        .query(String.class)
        .list();
  }

  /** The registry's children aged 6–15 living in the street, up to 60, as a school's file. */
  private byte[] workbook(String street, int school) {
    record Child(byte[] idNumberEnc, String name) {}
    List<Child> children =
        jdbc.sql(
                """
                select id_number_enc, name from registry.person_fact
                 where left(residence_region_code, 9) = ? and date_of_death is null
                   and birth_date between (current_date - interval '16 years')::date
                                      and (current_date - interval '6 years')::date
                 order by id limit 60""")
            .param(street.substring(0, 9))
            .query((rs, n) -> new Child(rs.getBytes(1), rs.getString(2)))
            .list();
    SXSSFWorkbook wb = new SXSSFWorkbook(100);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("筛查结果");
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADER.length; c++) {
        header.createCell(c).setCellValue(HEADER[c]);
      }
      int r = 1;
      for (Child child : children) {
        add(sheet.createRow(r), cipher.decrypt(child.idNumberEnc()), "", child.name(), r, school);
        r++;
      }
      // pupils enrolled without an ID number on file (school number only)
      for (int k = 0; k < 10; k++, r++) {
        add(sheet.createRow(r), "", "DEMO" + school + "-" + k, "学生" + r, r, school);
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      wb.dispose();
    }
  }

  private static void add(Row row, String id, String schoolNo, String name, int r, int school) {
    String[] cells = {
      id,
      schoolNo,
      name,
      (1 + r % 9) + "年级",
      (r + school) % 6 == 0 ? "异常" : "正常",
      (r + school) % 9 == 0 ? "异常" : "正常",
      (r + school) % 17 == 0 ? "异常" : "正常",
      r % 3 == 0 ? "" : ((r + school) % 23 == 0 ? "异常" : "正常")
    };
    for (int c = 0; c < cells.length; c++) {
      if (!cells[c].isEmpty()) {
        row.createCell(c).setCellValue(cells[c]);
      }
    }
  }

  private static byte[] sha256(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
