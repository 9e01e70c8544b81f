package cn.minzheng.marriage.domain;

import cn.minzheng.shared.IdCardNo;

/** A party of an appointment: the parsed ID number with its blind index and ciphertext. */
record Party(IdCardNo id, byte[] blindIndex, byte[] encrypted) {}
