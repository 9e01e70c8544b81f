package cn.minzheng.organisations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The register's published look-up for other modules (social work's agencies and contracts): only
 * organisations with a unified social credit code (a community organisation filed at the street has
 * none). Not limited by the caller's data scope: the register is public (社会组织信用信息公示).
 */
public interface OrganisationRegister {

  /** At most 20 organisations whose credit code is {@code q} or whose name contains it. */
  List<RegisteredOrganisation> search(String q);

  /** The organisation with this credit code (canonical, upper case), if registered. */
  Optional<RegisteredOrganisation> find(String creditCode);

  /** The registered ones among these credit codes, by code (one query). */
  Map<String, RegisteredOrganisation> findAll(Collection<String> creditCodes);
}
