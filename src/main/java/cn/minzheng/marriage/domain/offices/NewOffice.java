package cn.minzheng.marriage.domain.offices;

import cn.minzheng.marriage.domain.offices.Office.OfficeKind;
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
