package cn.minzheng.registry.demo;

import java.util.SplittableRandom;

/**
 * Where households who moved to Chengdu come from: the address code of the adults' ID numbers.
 * Mostly the rest of Sichuan and Chongqing, some further away; minority households from the
 * autonomous prefectures and Xinjiang.
 */
final class MigrantOrigins {

  private MigrantOrigins() {}

  private static final Weighted<String> HAN_ORIGINS =
      Weighted.pairs(
          "511302", 8, // 南充市顺庆区
          "511002", 5, // 内江市市中区
          "510802", 4, // 广元市利州区
          "511102", 4, // 乐山市市中区
          "511602", 4, // 广安市广安区
          "510703", 5, // 绵阳市涪城区
          "510603", 4, // 德阳市旌阳区
          "511702", 4, // 达州市通川区
          "500103", 6, // 重庆市渝中区
          "500112", 4, // 重庆市渝北区
          "500101", 4, // 重庆市万州区
          "520102", 2, // 贵阳市南明区
          "530102", 2, // 昆明市五华区
          "610113", 2, // 西安市雁塔区
          "420106", 1, // 武汉市武昌区
          "430102", 1, // 长沙市芙蓉区
          "110105", 1, // 北京市朝阳区
          "310115", 1, // 上海市浦东新区
          "440305", 1); // 深圳市南山区

  static String origin(SplittableRandom random, Ethnicity ethnicity) {
    return switch (ethnicity) {
      case TIBETAN -> random.nextBoolean() ? "513301" : "513224"; // 康定市, 松潘县
      case YI -> random.nextBoolean() ? "513401" : "513431"; // 西昌市, 昭觉县
      case QIANG -> random.nextBoolean() ? "513223" : "513221"; // 茂县, 汶川县
      case UYGHUR -> "650102"; // 乌鲁木齐市天山区
      default -> HAN_ORIGINS.pick(random);
    };
  }
}
