package cn.minzheng.registry.domain.importing;

import cn.minzheng.registry.domain.person.PersonForm;
import java.util.List;

/**
 * The columns of the person import template, in order. {@code field} is the {@link PersonForm}
 * property a column fills (field errors are reported under the column's Chinese header).
 */
public final class ImportColumns {

  public record Column(String header, String field, boolean required, String hint) {}

  public static final String HOUSEHOLD_GROUP = "householdGroup";
  public static final String RELATIONSHIP = "relationship";

  public static final List<Column> ALL =
      List.of(
          new Column("身份证号", "idNumber", true, "18位，末位可为X；请以文本格式填写"),
          new Column("姓名", "name", true, "全名，生僻字和间隔号（·）照录"),
          new Column("性别", "sex", false, "男/女，可不填（按身份证号）"),
          new Column("出生日期", "birthDate", false, "yyyy-MM-dd，可不填（按身份证号）"),
          new Column("民族", "ethnicityCode", false, "如 汉族 或代码 01"),
          new Column("联系电话", "phone", false, "11位手机号或带区号固定电话"),
          new Column("户籍地区划代码", "hukouRegionCode", false, "6位或12位"),
          new Column("居住地区划代码", "residenceRegionCode", true, "12位，须在您的管辖范围内"),
          new Column("住址", "address", false, ""),
          new Column("婚姻状况", "maritalStatus", false, "未婚/已婚/丧偶/离婚/未说明"),
          new Column("残疾类别", "disabilityCategory", false, "如 肢体残疾"),
          new Column("残疾等级", "disabilityGrade", false, "1-4"),
          new Column("残疾证发证日期", "disabilityCertificateDate", false, "yyyy-MM-dd"),
          new Column("法律依据", "legalBasis", true, "履行法定职责/本人申请同意/监护人同意"),
          new Column("家庭编组", HOUSEHOLD_GROUP, false, "同一家庭的行填相同编组，如 H1"),
          new Column("与户主关系", RELATIONSHIP, false, "户主/配偶/子/女/父母/孙子女/兄弟姐妹/其他"));

  private ImportColumns() {}

  public static String headerOf(String field) {
    return ALL.stream()
        .filter(c -> c.field().equals(field))
        .map(Column::header)
        .findFirst()
        .orElse(field);
  }
}
