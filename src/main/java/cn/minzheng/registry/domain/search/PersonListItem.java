package cn.minzheng.registry.domain.search;

import cn.minzheng.registry.LifeStatus;
import cn.minzheng.shared.Sex;
import java.time.LocalDate;

/** A row of the person list and of the export: ID and phone masked. */
public record PersonListItem(
    long id,
    String name,
    Sex sex,
    LocalDate birthDate,
    String maskedIdNumber,
    String maskedPhone,
    String residenceRegionCode,
    String address,
    LifeStatus lifeStatus,
    LocalDate dateOfDeath) {}
