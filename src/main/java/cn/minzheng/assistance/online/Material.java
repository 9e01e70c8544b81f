package cn.minzheng.assistance.online;

import static cn.minzheng.assistance.AssistanceType.DIBAO;
import static cn.minzheng.assistance.AssistanceType.LINSHI;
import static cn.minzheng.assistance.AssistanceType.TEKUN;

import cn.minzheng.assistance.AssistanceType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * 一次告知: the materials an application needs, each with why it is needed and when it applies, so that
 * a citizen gathers everything before starting and never makes a second trip (docs/domain-rules.md
 * §3.4). The sources are the measures each programme is applied for under.
 */
public enum Material {
  ID_CARD(
      "申请人及共同生活家庭成员的居民身份证",
      "核实申请人和每位家庭成员的身份；家庭成员的范围决定家庭人均收入（最低生活保障审核确认办法，民发〔2021〕57号）。",
      null,
      true,
      EnumSet.of(DIBAO, TEKUN, LINSHI)),
  HOUSEHOLD_BOOKLET(
      "户口簿",
      "确认户籍所在地（向户籍所在地乡镇人民政府、街道办事处申请）和共同生活的家庭成员（社会救助暂行办法，国务院令第649号）。",
      null,
      true,
      EnumSet.of(DIBAO, TEKUN, LINSHI)),
  INCOME_PROOF(
      "家庭成员收入证明",
      "工资、经营、财产性收入等，用于计算家庭人均月收入并与当地标准比较（社会救助暂行办法第九条；民发〔2021〕57号）。没有收入的成员无需提供，在“收入与财产”一步填0。",
      null,
      true,
      EnumSet.of(DIBAO, TEKUN)),
  ASSET_PROOF(
      "家庭财产情况说明",
      "房产、车辆、存款等，用于判断家庭财产是否符合规定（民发〔2021〕57号）。可上传不动产权证书、存款证明，也可在受理时提供。",
      null,
      true,
      EnumSet.of(DIBAO, TEKUN)),
  DISABILITY_CERTIFICATE(
      "残疾人证",
      "用于认定劳动能力和生活自理能力：重度残疾人可单人户纳入低保，特困人员须无劳动能力（特困人员认定办法，民发〔2021〕43号）。",
      "家庭成员中有持证残疾人的",
      true,
      EnumSet.of(DIBAO, TEKUN)),
  SUPPORTER_PROOF(
      "法定赡养、抚养、扶养义务人情况证明",
      "特困人员须无法定义务人，或义务人无履行义务能力（如重度残疾、特困、低保）（特困人员认定办法，民发〔2021〕43号）。",
      "有法定义务人的",
      true,
      EnumSet.of(TEKUN)),
  EMERGENCY_PROOF(
      "急难情况证明",
      "火灾、交通事故、突发重大疾病等意外事件造成基本生活暂时困难的证明（国务院关于全面建立临时救助制度的通知，国发〔2014〕47号）。",
      "急难型",
      true,
      EnumSet.of(LINSHI)),
  EXPENSE_PROOF(
      "医疗、教育等刚性支出票据", "支出突然增加、超出家庭承受能力的证明，用于确定救助金额（国发〔2014〕47号）。", "支出型", true, EnumSet.of(LINSHI)),
  CONSENT(
      "家庭经济状况核对授权书",
      "授权民政部门向有关部门核对家庭收入和财产；没有授权不能核对，也就不能审核（民发〔2021〕57号）。网上申请在“核对”一步电子签署，无需上传。",
      null,
      false,
      EnumSet.of(DIBAO, TEKUN, LINSHI));

  private final String label;
  private final String why;
  private final @Nullable String when;
  private final boolean uploaded;
  private final Set<AssistanceType> programmes;

  Material(
      String label,
      String why,
      @Nullable String when,
      boolean uploaded,
      Set<AssistanceType> programmes) {
    this.label = label;
    this.why = why;
    this.when = when;
    this.uploaded = uploaded;
    this.programmes = programmes;
  }

  /** The materials of a programme, in the order the page lists them. */
  public static List<Material> requiredFor(AssistanceType programme) {
    return Arrays.stream(values()).filter(m -> m.programmes.contains(programme)).toList();
  }

  /** The materials of a programme that are uploaded as files (the consent is signed online). */
  public static List<Material> uploadsFor(AssistanceType programme) {
    return requiredFor(programme).stream().filter(Material::uploaded).toList();
  }

  public String label() {
    return label;
  }

  public String why() {
    return why;
  }

  /** The condition under which it is needed; null: always. */
  public @Nullable String when() {
    return when;
  }

  public boolean uploaded() {
    return uploaded;
  }
}
