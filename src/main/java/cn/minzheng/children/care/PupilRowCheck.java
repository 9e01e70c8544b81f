package cn.minzheng.children.care;

import cn.minzheng.platform.FieldCipher;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.InvalidIdCardNoException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks one row of a school's screening file and turns it into a staging row: the ID number
 * becomes its blind index (matching is then a join in SQL) and its masked form; the first problem
 * found is the row's error, with the column's name and a Chinese reason.
 */
final class PupilRowCheck {

  /** The file's columns, in order (the template's header row). */
  static final List<String> COLUMNS =
      List.of("身份证号", "学籍号", "姓名", "年级", "近视", "龋齿", "心理健康", "脊柱侧弯");

  static final int MAX_NAME = 50;
  static final int MAX_SCHOOL_NO = 30;
  static final int MAX_GRADE = 20;
  private static final Set<String> NORMAL = Set.of("正常", "阴性", "未见异常", "0");
  private static final Set<String> POSITIVE = Set.of("异常", "阳性", "疑似", "1");

  private final FieldCipher cipher;
  private final LocalDate today;

  PupilRowCheck(FieldCipher cipher, LocalDate today) {
    this.cipher = cipher;
    this.today = today;
  }

  /** The header row's problem, or null when it names the template's columns in order. */
  static @Nullable String headerProblem(List<String> cells) {
    for (int i = 0; i < COLUMNS.size(); i++) {
      String cell = i < cells.size() ? cells.get(i).strip().replace("*", "") : "";
      if (!COLUMNS.get(i).equals(cell)) {
        return "表头应为：" + String.join("、", COLUMNS) + "（请使用导入模板）";
      }
    }
    return null;
  }

  StagedPupil check(int line, List<String> cells) {
    StagedPupil row = new StagedPupil(line);
    if (cells.size() > COLUMNS.size()
        && !cells.subList(COLUMNS.size(), cells.size()).stream().allMatch(String::isBlank)) {
      return row.error("列数", "应为" + COLUMNS.size() + "列（" + String.join("、", COLUMNS) + "）");
    }
    String id = cell(cells, 0);
    String schoolNo = cell(cells, 1);
    if (id.isEmpty() && schoolNo.isEmpty()) {
      return row.error("身份证号", "身份证号和学籍号至少填写一项");
    }
    if (!id.isEmpty()) {
      IdCardNo parsed;
      try {
        parsed = IdCardNo.parse(id, today);
      } catch (InvalidIdCardNoException e) {
        return row.error("身份证号", e.getMessage());
      }
      row.idIndex = cipher.blindIndex(parsed.value());
      row.maskedId = parsed.masked();
    }
    if (schoolNo.length() > MAX_SCHOOL_NO) {
      return row.error("学籍号", "学籍号不能超过" + MAX_SCHOOL_NO + "个字符");
    }
    row.schoolNo = schoolNo.isEmpty() ? null : schoolNo;
    String name = cell(cells, 2);
    if (name.isEmpty()) {
      return row.error("姓名", "请填写姓名");
    }
    if (name.length() > MAX_NAME) {
      return row.error("姓名", "姓名不能超过" + MAX_NAME + "个字符");
    }
    row.name = name;
    String grade = cell(cells, 3);
    if (grade.length() > MAX_GRADE) {
      return row.error("年级", "年级不能超过" + MAX_GRADE + "个字符");
    }
    row.grade = grade.isEmpty() ? null : grade;
    boolean any = false;
    for (ScreeningType type : ScreeningType.values()) {
      String value = cell(cells, 4 + type.ordinal());
      if (value.isEmpty()) {
        continue;
      }
      Boolean positive =
          NORMAL.contains(value) ? Boolean.FALSE : POSITIVE.contains(value) ? Boolean.TRUE : null;
      if (positive == null) {
        return row.error(type.label(), type.label() + "结果应为“正常”或“异常”（未筛查的留空），不能为“" + value + "”");
      }
      row.results[type.ordinal()] = positive;
      any = true;
    }
    if (!any) {
      return row.error("近视", "至少填写一项筛查结果（近视、龋齿、心理健康、脊柱侧弯）");
    }
    return row;
  }

  private static String cell(List<String> cells, int i) {
    return i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
  }

  /** A row on its way into {@code children.screening_staging}. */
  static final class StagedPupil {
    final int line;
    byte @Nullable [] idIndex;
    @Nullable String maskedId;
    @Nullable String schoolNo;
    @Nullable String name;
    @Nullable String grade;
    final @Nullable Boolean[] results = new Boolean[ScreeningType.values().length];
    @Nullable String errorField;
    @Nullable String errorReason;

    StagedPupil(int line) {
      this.line = line;
    }

    StagedPupil error(String field, String reason) {
      this.errorField = field;
      this.errorReason = reason;
      return this;
    }
  }
}
