package cn.minzheng.registry.domain.person;

/**
 * A person as entered on the form, in the API or in an import row: text as typed, checked by {@link
 * PersonValidator}. Sex and birth date may be left empty (they are derived from the ID number);
 * when given they must agree with it.
 */
public class PersonForm {

  private String idNumber;
  private String name;
  private String sex;
  private String birthDate;
  private String ethnicityCode;
  private String phone;
  private String hukouRegionCode;
  private String residenceRegionCode;
  private String address;
  private String maritalStatus;
  private String disabilityCategory;
  private String disabilityGrade;
  private String disabilityCertificateDate;
  private String legalBasis;

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public String getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(String birthDate) {
    this.birthDate = birthDate;
  }

  public String getEthnicityCode() {
    return ethnicityCode;
  }

  public void setEthnicityCode(String ethnicityCode) {
    this.ethnicityCode = ethnicityCode;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getHukouRegionCode() {
    return hukouRegionCode;
  }

  public void setHukouRegionCode(String hukouRegionCode) {
    this.hukouRegionCode = hukouRegionCode;
  }

  public String getResidenceRegionCode() {
    return residenceRegionCode;
  }

  public void setResidenceRegionCode(String residenceRegionCode) {
    this.residenceRegionCode = residenceRegionCode;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getMaritalStatus() {
    return maritalStatus;
  }

  public void setMaritalStatus(String maritalStatus) {
    this.maritalStatus = maritalStatus;
  }

  public String getDisabilityCategory() {
    return disabilityCategory;
  }

  public void setDisabilityCategory(String disabilityCategory) {
    this.disabilityCategory = disabilityCategory;
  }

  public String getDisabilityGrade() {
    return disabilityGrade;
  }

  public void setDisabilityGrade(String disabilityGrade) {
    this.disabilityGrade = disabilityGrade;
  }

  public String getDisabilityCertificateDate() {
    return disabilityCertificateDate;
  }

  public void setDisabilityCertificateDate(String disabilityCertificateDate) {
    this.disabilityCertificateDate = disabilityCertificateDate;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
  }
}
