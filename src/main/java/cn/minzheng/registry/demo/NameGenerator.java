package cn.minzheng.registry.demo;

import cn.minzheng.shared.Sex;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Chinese names: surnames weighted by frequency (with Sichuan's 何 罗 唐 邓 stronger than the national
 * list), given names from the characters each generation favoured, a few rare characters (some
 * outside the Basic Multilingual Plane) and minority names, some written with the middle dot
 * (U+00B7) as on ID cards.
 */
final class NameGenerator {

  static final String MIDDLE_DOT = "\u00b7";

  private static final Weighted<String> SURNAMES =
      Weighted.pairs(
          "王", 7.2, "李", 7.6, "张", 6.4, "刘", 5.6, "陈", 5.0, "杨", 3.8, "黄", 2.4, "赵", 1.9, "吴", 1.9,
          "周", 1.9, "徐", 1.4, "孙", 1.1, "马", 1.4, "朱", 1.2, "胡", 1.3, "郭", 1.0, "何", 1.9, "高", 0.9,
          "林", 0.8, "罗", 1.8, "郑", 0.8, "梁", 0.7, "谢", 1.0, "宋", 0.7, "唐", 1.6, "许", 0.6, "韩", 0.6,
          "冯", 0.7, "邓", 1.4, "曹", 0.6, "彭", 0.9, "曾", 1.0, "肖", 0.8, "田", 0.6, "董", 0.5, "袁", 0.9,
          "潘", 0.4, "于", 0.4, "蒋", 0.9, "蔡", 0.5, "余", 0.8, "杜", 0.7, "叶", 0.4, "程", 0.5, "苏", 0.5,
          "魏", 0.5, "吕", 0.4, "丁", 0.4, "任", 0.6, "沈", 0.3, "姚", 0.4, "卢", 0.5, "姜", 0.3, "崔", 0.2,
          "钟", 0.5, "谭", 0.5, "陆", 0.3, "汪", 0.3, "范", 0.4, "金", 0.2, "石", 0.4, "廖", 0.7, "贾", 0.3,
          "夏", 0.3, "付", 0.5, "方", 0.3, "白", 0.3, "邹", 0.4, "熊", 0.5, "秦", 0.3, "邱", 0.4, "江", 0.4,
          "尹", 0.3, "雷", 0.5, "侯", 0.3, "龙", 0.3, "史", 0.2, "陶", 0.3, "贺", 0.2, "毛", 0.2, "龚", 0.4,
          "万", 0.3, "严", 0.2, "向", 0.3, "文", 0.4, "欧阳", 0.05, "司马", 0.01, "诸葛", 0.01, "上官", 0.01);

  private static final List<String> MALE_OLD = chars("国建华明德志文福庆德军平春林荣生金贵忠海光成兴伟永根宝玉树明强富发祥");
  private static final List<String> FEMALE_OLD = chars("秀英桂兰淑珍玉凤华琼素芳群惠云萍红梅霞琴莲翠丽清碧英蓉");
  private static final List<String> MALE_MID = chars("伟强磊军勇杰涛明超刚平辉鹏华飞波斌宇浩凯健俊帆旭宁龙林建海峰东亮成兵");
  private static final List<String> FEMALE_MID = chars("芳娜敏静秀丽艳娟霞燕玲婷雪慧颖倩琴兰洁莉蓉丹红梅琳晶璐");
  private static final List<String> MALE_NEW = chars("子轩浩宇泽睿皓然博文俊熙一诺梓豪宸逸辰昊天铭瑞翔嘉晨");
  private static final List<String> FEMALE_NEW = chars("梓涵萱欣怡诗雨可馨悦若汐语彤子琪思佳雅晗一诺依沫柠");

  /** Rare characters: 𠮷 and 𪚥 lie outside the BMP, 䶮 in CJK Extension A. */
  private static final List<String> RARE =
      List.of("𠮷", "𪚥", "䶮", "堃", "喆", "犇", "淼", "燚", "赟", "玥", "頔");

  private static final List<String> TIBETAN =
      List.of("扎西", "次仁", "卓玛", "格桑", "拉姆", "央金", "尼玛", "多吉", "丹增", "德吉", "旺堆", "索朗", "达瓦", "白玛");
  private static final List<String> YI_CLAN =
      List.of("吉克", "阿苏", "海来", "沙马", "阿牛", "俄木", "吉伍", "阿约", "马海", "勒格");
  private static final List<String> YI_GIVEN =
      List.of("曲布", "阿木", "拉哈", "木呷", "伍各", "阿呷", "尔布", "日哈", "阿依", "石且");
  private static final List<String> UYGHUR_MALE =
      List.of("买买提", "艾力", "吐尔逊", "艾尔肯", "阿不都拉", "依明", "努尔", "热合曼");
  private static final List<String> UYGHUR_FEMALE =
      List.of("阿依古丽", "古丽娜尔", "热依拉", "迪丽努尔", "帕提古丽", "米热古丽");

  /** A person's full name; the household's surname is passed in so relatives share it. */
  String name(SplittableRandom random, String surname, Sex sex, int birthYear, Ethnicity eth) {
    return switch (eth) {
      case TIBETAN -> tibetan(random);
      case UYGHUR -> uyghur(random, sex);
      case YI -> random.nextInt(100) < 45 ? yi(random) : surname + given(random, sex, birthYear);
      default -> surname + given(random, sex, birthYear);
    };
  }

  String surname(SplittableRandom random, Ethnicity ethnicity) {
    if (ethnicity == Ethnicity.HUI && random.nextInt(100) < 30) {
      return "马";
    }
    return SURNAMES.pick(random);
  }

  private String given(SplittableRandom random, Sex sex, int birthYear) {
    List<String> pool = pool(sex, birthYear);
    String first = pool.get(random.nextInt(pool.size()));
    if (random.nextInt(1000) < 2) {
      first = RARE.get(random.nextInt(RARE.size()));
    }
    int singleCharShare = birthYear < 1970 ? 30 : birthYear < 2000 ? 25 : 12;
    if (random.nextInt(100) < singleCharShare) {
      return first;
    }
    return first + pool.get(random.nextInt(pool.size()));
  }

  private static List<String> pool(Sex sex, int birthYear) {
    boolean male = sex == Sex.MALE;
    if (birthYear < 1970) {
      return male ? MALE_OLD : FEMALE_OLD;
    }
    if (birthYear < 2000) {
      return male ? MALE_MID : FEMALE_MID;
    }
    return male ? MALE_NEW : FEMALE_NEW;
  }

  private static String tibetan(SplittableRandom random) {
    String first = TIBETAN.get(random.nextInt(TIBETAN.size()));
    String second = TIBETAN.get(random.nextInt(TIBETAN.size()));
    return random.nextInt(100) < 40 ? first + MIDDLE_DOT + second : first + second;
  }

  private static String yi(SplittableRandom random) {
    String clan = YI_CLAN.get(random.nextInt(YI_CLAN.size()));
    String given = YI_GIVEN.get(random.nextInt(YI_GIVEN.size()));
    return random.nextBoolean() ? clan + MIDDLE_DOT + given : clan + given;
  }

  private static String uyghur(SplittableRandom random, Sex sex) {
    List<String> own = sex == Sex.MALE ? UYGHUR_MALE : UYGHUR_FEMALE;
    String father = UYGHUR_MALE.get(random.nextInt(UYGHUR_MALE.size()));
    return own.get(random.nextInt(own.size())) + MIDDLE_DOT + father;
  }

  private static List<String> chars(String text) {
    return text.codePoints().mapToObj(Character::toString).toList();
  }
}
