package cn.minzheng.registry.domain.importing;

/** What to do with the valid rows when some rows are wrong. */
public enum ImportMode {
  /** 保留有效行: import the valid rows, report the others. */
  KEEP_VALID,
  /** 全部或全不: import nothing unless every row is valid. */
  ALL_OR_NOTHING
}
