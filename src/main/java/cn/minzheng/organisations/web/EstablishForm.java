package cn.minzheng.organisations.web;

import cn.minzheng.organisations.register.Facts;
import cn.minzheng.platform.InvalidInput;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The establishment (and change) form: the facts, the legal representative's ID number, materials.
 */
public class EstablishForm {

  private @Nullable String kind;
  private @Nullable String level;
  private @Nullable String creditCode;
  private @Nullable String name;
  private @Nullable String domicile;
  private @Nullable String regionCode;
  private @Nullable String legalRepresentative;
  private @Nullable String supervisingUnit;
  private @Nullable String businessScope;
  private @Nullable String registeredCapital;
  private @Nullable String materials;

  Facts facts(Facts.Representative rep) {
    BigDecimal capital = null;
    if (registeredCapital != null && !registeredCapital.isBlank()) {
      try {
        capital = new BigDecimal(registeredCapital.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInput("registeredCapital", "注册资金：须为金额（元）");
      }
    }
    return new Facts(
        name == null ? "" : name,
        domicile == null ? "" : domicile,
        regionCode == null ? "" : regionCode,
        rep.id(),
        rep.name(),
        supervisingUnit,
        businessScope == null ? "" : businessScope,
        capital);
  }

  public @Nullable String getKind() {
    return kind;
  }

  public void setKind(@Nullable String v) {
    kind = v;
  }

  public @Nullable String getLevel() {
    return level;
  }

  public void setLevel(@Nullable String v) {
    level = v;
  }

  public @Nullable String getCreditCode() {
    return creditCode;
  }

  public void setCreditCode(@Nullable String v) {
    creditCode = v;
  }

  public @Nullable String getName() {
    return name;
  }

  public void setName(@Nullable String v) {
    name = v;
  }

  public @Nullable String getDomicile() {
    return domicile;
  }

  public void setDomicile(@Nullable String v) {
    domicile = v;
  }

  public @Nullable String getRegionCode() {
    return regionCode;
  }

  public void setRegionCode(@Nullable String v) {
    regionCode = v;
  }

  public @Nullable String getLegalRepresentative() {
    return legalRepresentative;
  }

  public void setLegalRepresentative(@Nullable String v) {
    legalRepresentative = v;
  }

  public @Nullable String getSupervisingUnit() {
    return supervisingUnit;
  }

  public void setSupervisingUnit(@Nullable String v) {
    supervisingUnit = v;
  }

  public @Nullable String getBusinessScope() {
    return businessScope;
  }

  public void setBusinessScope(@Nullable String v) {
    businessScope = v;
  }

  public @Nullable String getRegisteredCapital() {
    return registeredCapital;
  }

  public void setRegisteredCapital(@Nullable String v) {
    registeredCapital = v;
  }

  public @Nullable String getMaterials() {
    return materials;
  }

  public void setMaterials(@Nullable String v) {
    materials = v;
  }
}
