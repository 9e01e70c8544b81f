package cn.minzheng.registry.demo;

import cn.minzheng.shared.Sex;

/** The marriage rules the generated households follow. */
final class Marriage {

  private Marriage() {}

  /** Civil Code art. 1047: men may marry from 22, women from 20. */
  static int legalAge(Sex sex) {
    return sex == Sex.MALE ? 22 : 20;
  }

  static Sex partnerOf(Sex sex) {
    return sex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
  }
}
