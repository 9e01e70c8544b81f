package cn.minzheng.marriage.domain;

import cn.minzheng.marriage.domain.Office.OfficeKind;
import java.math.BigDecimal;

/** The data of an office to be created. */
public record NewOffice(
    String code,
    String name,
    OfficeKind kind,
    String regionCode,
    String address,
    BigDecimal latitude,
    BigDecimal longitude,
    String openingHours) {}
