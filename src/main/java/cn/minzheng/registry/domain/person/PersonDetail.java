package cn.minzheng.registry.domain.person;

import cn.minzheng.registry.HouseholdSummary;
import cn.minzheng.registry.LegalBasis;
import cn.minzheng.registry.PersonSummary;
import java.time.Instant;

/** What the staff detail page and the API show of one person: sensitive values masked. */
public record PersonDetail(
    PersonSummary person,
    String maskedPhone,
    String address,
    LegalBasis legalBasis,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    int version,
    HouseholdSummary household) {}
