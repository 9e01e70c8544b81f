package cn.minzheng.region;

import cn.minzheng.shared.IdCardNo;
import java.util.List;
import java.util.Optional;

/** Read access to the division tree for other modules. Codes are 12-digit strings. */
public interface RegionQuery {

  Optional<RegionNode> find(String code);

  /** Every node (about 3,300), ordered by code, retired ones included: e.g. for demo data. */
  List<RegionNode> all();

  /** Direct children, retired ones included, ordered by code. */
  List<RegionNode> children(String code);

  /** From the city down to the node itself; empty for an unknown code. */
  List<RegionNode> path(String code);

  /** Classifies the address code (first six digits) of an ID number. */
  AddressCodeCheck checkAddressCode(String sixDigits);

  /** Classifies the address code of a parsed ID number. */
  default AddressCodeCheck checkAddressCodeOf(IdCardNo idCardNo) {
    return checkAddressCode(idCardNo.addressCode());
  }
}
