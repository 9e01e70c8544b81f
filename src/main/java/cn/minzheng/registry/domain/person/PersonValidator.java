package cn.minzheng.registry.domain.person;

import cn.minzheng.registry.DisabilityCategory;
import cn.minzheng.registry.LegalBasis;
import cn.minzheng.registry.MaritalStatus;
import cn.minzheng.registry.domain.validation.FormReader;
import cn.minzheng.registry.domain.validation.RegionRules;
import cn.minzheng.shared.ChinaTime;
import cn.minzheng.shared.IdCardNo;
import cn.minzheng.shared.InvalidIdCardNoException;
import cn.minzheng.shared.Sex;
import cn.minzheng.shared.VisibleText;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks a {@link PersonForm} field by field and names every bad field in Chinese. Sex and birth
 * date come from the ID number; values typed by the user must agree with it.
 */
@Component
public class PersonValidator {

  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
  private static final Pattern LANDLINE = Pattern.compile("0[0-9]{2,3}-?[0-9]{7,8}");
  private static final int MAX_NAME_CODE_POINTS = 100;
  private static final int MAX_ADDRESS_LENGTH = 300;

  private final RegionRules regions;
  private final Ethnicities ethnicities;

  PersonValidator(RegionRules regions, Ethnicities ethnicities) {
    this.regions = regions;
    this.ethnicities = ethnicities;
  }

  public ValidPerson validate(PersonForm f) {
    FormReader r = new FormReader();
    IdCardNo id = idNumber(f.getIdNumber(), r);
    String name = name(f.getName(), r);
    Sex sex = id == null ? null : id.sex();
    LocalDate birth = id == null ? null : id.birthDate();
    matchesIdNumber(f, sex, birth, r);
    String ethnicity = ethnicity(f.getEthnicityCode(), r);
    String phone = phone(f.getPhone(), r);
    String residence = regions.residence(f.getResidenceRegionCode(), r);
    String hukou = regions.hukou(f.getHukouRegionCode(), r);
    String address = address(f.getAddress(), r);
    MaritalStatus marital =
        r.enumValue(
            "maritalStatus",
            "婚姻状况",
            MaritalStatus.class,
            f.getMaritalStatus(),
            MaritalStatus.UNKNOWN);
    DisabilityCategory category =
        r.enumValue(
            "disabilityCategory",
            "残疾类别",
            DisabilityCategory.class,
            f.getDisabilityCategory(),
            null);
    Integer grade = disabilityGrade(f.getDisabilityGrade(), category, r);
    LocalDate certificate = certificateDate(f.getDisabilityCertificateDate(), r);
    LegalBasis basis = legalBasis(f.getLegalBasis(), birth, r);
    r.throwIfAny();
    return new ValidPerson(
        id,
        name,
        sex,
        birth,
        ethnicity,
        phone,
        hukou,
        residence,
        address,
        marital,
        category,
        grade,
        category == null ? null : certificate,
        basis);
  }

  /** Sex and birth date, when typed at all, must be those the ID number encodes. */
  private static void matchesIdNumber(PersonForm f, Sex sex, LocalDate birth, FormReader r) {
    Sex typedSex = r.enumValue("sex", "性别", Sex.class, f.getSex(), null);
    if (sex != null && typedSex != null && typedSex != sex) {
      r.error("sex", "性别与身份证号不一致（身份证号显示为" + sex.label() + "）");
    }
    LocalDate typedBirth = r.date("birthDate", "出生日期", f.getBirthDate());
    if (birth != null && typedBirth != null && !typedBirth.equals(birth)) {
      r.error("birthDate", "出生日期与身份证号不一致（身份证号显示为" + birth + "）");
    }
  }

  private String ethnicity(String value, FormReader r) {
    if (FormReader.blank(value)) {
      return null;
    }
    String code = ethnicities.codeOf(value);
    if (code == null) {
      r.error("ethnicityCode", "民族不在民族代码表（GB 3304）中");
    }
    return code;
  }

  private static String address(String value, FormReader r) {
    String address = FormReader.trimToNull(value);
    if (address != null && address.length() > MAX_ADDRESS_LENGTH) {
      r.error("address", "住址不能超过" + MAX_ADDRESS_LENGTH + "个字符");
    }
    return address;
  }

  private static LocalDate certificateDate(String value, FormReader r) {
    LocalDate certificate = r.date("disabilityCertificateDate", "残疾证发证日期", value);
    if (certificate != null && certificate.isAfter(ChinaTime.today())) {
      r.error("disabilityCertificateDate", "残疾证发证日期不能晚于今天");
    }
    return certificate;
  }

  private static IdCardNo idNumber(String value, FormReader r) {
    if (FormReader.blank(value)) {
      r.error("idNumber", "身份证号不能为空");
      return null;
    }
    try {
      return IdCardNo.parse(value.strip());
    } catch (InvalidIdCardNoException e) {
      String message = e.getMessage();
      r.error("idNumber", message.startsWith("身份证号") ? message : "身份证号：" + message);
      return null;
    }
  }

  private static String name(String value, FormReader r) {
    String name = FormReader.trimToNull(value);
    if (name == null) {
      r.error("name", "姓名不能为空");
      return null;
    }
    if (name.codePointCount(0, name.length()) > MAX_NAME_CODE_POINTS) {
      r.error("name", "姓名不能超过" + MAX_NAME_CODE_POINTS + "个字");
    }
    if (VisibleText.hasInvisibleCharacters(name)) {
      r.error("name", "姓名含有不可见的控制字符");
    }
    return name;
  }

  private static String phone(String value, FormReader r) {
    String phone = FormReader.trimToNull(value);
    if (phone == null) {
      return null;
    }
    phone = phone.replace(" ", "");
    if (!MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
      r.error("phone", "联系电话格式不正确（应为11位手机号或带区号的固定电话）");
      return null;
    }
    return phone;
  }

  private static Integer disabilityGrade(String value, DisabilityCategory category, FormReader r) {
    String text = FormReader.trimToNull(value);
    if (text == null) {
      if (category != null) {
        r.error("disabilityGrade", "填写残疾类别时必须填写残疾等级");
      }
      return null;
    }
    if (!text.matches("[1-4]")) {
      r.error("disabilityGrade", "残疾等级应为1至4级");
      return null;
    }
    if (category == null) {
      r.error("disabilityCategory", "填写残疾等级时必须填写残疾类别");
    }
    return Integer.parseInt(text);
  }

  private static LegalBasis legalBasis(String value, LocalDate birth, FormReader r) {
    LegalBasis basis = r.enumValue("legalBasis", "法律依据", LegalBasis.class, value, null);
    if (basis == null && !r.hasError("legalBasis")) {
      r.error("legalBasis", "法律依据不能为空");
    }
    boolean child = birth != null && Period.between(birth, ChinaTime.today()).getYears() < 14;
    if (child && basis == LegalBasis.APPLICATION_CONSENT) {
      r.error("legalBasis", "未满14周岁的人员，法律依据应为监护人同意或法定职责");
    }
    return basis;
  }
}
