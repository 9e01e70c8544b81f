package cn.minzheng.disability.subsidy;

import cn.minzheng.payments.Programme;

/** The two subsidies (国发〔2015〕52号), each its own payment programme. */
public enum Subsidy {
  /** 困难残疾人生活补贴: disabled persons in 低保 households. */
  LIVING(Programme.DISABILITY_LIVING),
  /** 重度残疾人护理补贴: grade 1-2; from 2023-07 also grade 3-4 intellectual and mental. */
  CARE(Programme.DISABILITY_CARE);

  private final Programme programme;

  Subsidy(Programme programme) {
    this.programme = programme;
  }

  public Programme programme() {
    return programme;
  }

  public String label() {
    return programme.label();
  }
}
