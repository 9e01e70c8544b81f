package cn.minzheng.region.domain;

import java.util.List;

/**
 * How many streets/townships and communities/villages a county-level unit gets in the generated
 * tree. No official list below county level was at hand (issue 2): the counts add up to the
 * bureau's figures (261 streets/townships, 3,045 communities/villages) and follow the shape of the
 * city: central districts and 高新区 are all 街道/社区, outer counties mostly 镇/村.
 *
 * @param countyCode the 6-digit prefix of the generated codes (internal for functional zones)
 * @param urban every street is a 街道 with 社区 only
 * @param zone streets are numbered from 401 (the range for functional and development zones)
 * @param statutoryCounties GB/T 2260 counties the streets lie in, assigned in turn
 */
record CountyPlan(
    String countyCode,
    int subdistricts,
    int towns,
    int townships,
    int communities,
    boolean urban,
    boolean zone,
    List<String> statutoryCounties) {

  static CountyPlan urban(String code, int subdistricts, int communities) {
    return new CountyPlan(code, subdistricts, 0, 0, communities, true, false, List.of(code));
  }

  static CountyPlan county(String code, int subdistricts, int towns, int townships, int comm) {
    return new CountyPlan(code, subdistricts, towns, townships, comm, false, false, List.of(code));
  }

  static CountyPlan zone(
      String code, int subdistricts, int towns, int comm, boolean urban, List<String> counties) {
    return new CountyPlan(code, subdistricts, towns, 0, comm, urban, true, counties);
  }

  int streets() {
    return subdistricts + towns + townships;
  }

  /** The plan of the whole city. */
  static final List<CountyPlan> CHENGDU =
      List.of(
          urban("510104", 11, 95), // 锦江区
          urban("510105", 13, 110), // 青羊区
          urban("510106", 13, 125), // 金牛区
          urban("510107", 11, 100), // 武侯区
          urban("510108", 14, 120), // 成华区
          county("510112", 8, 4, 0, 135), // 龙泉驿区
          county("510113", 5, 4, 0, 100), // 青白江区
          county("510114", 7, 5, 0, 150), // 新都区
          county("510115", 6, 3, 0, 100), // 温江区
          county("510116", 8, 3, 0, 130), // 双流区
          county("510117", 7, 5, 0, 140), // 郫都区
          county("510118", 4, 4, 0, 90), // 新津区
          county("510121", 4, 8, 1, 180), // 金堂县
          county("510129", 3, 7, 1, 130), // 大邑县
          county("510131", 2, 5, 1, 80), // 蒲江县
          county("510181", 5, 5, 1, 150), // 都江堰市
          county("510182", 4, 8, 1, 170), // 彭州市
          county("510183", 4, 8, 2, 160), // 邛崃市
          county("510184", 4, 8, 1, 150), // 崇州市
          county("510185", 4, 10, 2, 230), // 简阳市
          // 成都高新区: 南区 in 武侯区 and 双流区, 西区 in 郫都区
          zone("510190", 9, 0, 110, true, List.of("510107", "510116", "510117")),
          // 四川天府新区成都直管区: mostly former 双流 townships, some of 新津 and 龙泉驿
          zone("510191", 6, 2, 130, false, List.of("510116", "510116", "510118", "510112")),
          // 成都东部新区: former 简阳 townships
          zone("510192", 3, 7, 160, false, List.of("510185")));
}
