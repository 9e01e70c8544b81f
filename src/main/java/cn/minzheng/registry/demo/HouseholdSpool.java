package cn.minzheng.registry.demo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.postgresql.copy.CopyManager;

/**
 * Households and memberships of a load, spooled to temporary files while the persons stream into
 * COPY: memory stays bounded at any population, and each is generated only once.
 */
final class HouseholdSpool implements AutoCloseable {

  private final Path households;
  private final Path members;
  private final OutputStream householdOut;
  private final OutputStream memberOut;
  private long householdCount;

  private HouseholdSpool(Path households, Path members) throws IOException {
    this.households = households;
    this.members = members;
    this.householdOut = new BufferedOutputStream(Files.newOutputStream(households), 1 << 20);
    this.memberOut = new BufferedOutputStream(Files.newOutputStream(members), 1 << 20);
  }

  static HouseholdSpool create() throws IOException {
    return new HouseholdSpool(
        Files.createTempFile("demo-households", ".copy"),
        Files.createTempFile("demo-members", ".copy"));
  }

  void append(EncodedBatch batch) throws IOException {
    householdOut.write(batch.households());
    memberOut.write(batch.members());
    householdCount += batch.householdCount();
  }

  long households() {
    return householdCount;
  }

  /** Households first: memberships reference them. */
  void copyInto(CopyManager copy) throws IOException, SQLException {
    householdOut.close();
    memberOut.close();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(households), 1 << 20)) {
      copy.copyIn(DemoRows.HOUSEHOLD_COPY, in);
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(members), 1 << 20)) {
      copy.copyIn(DemoRows.MEMBER_COPY, in);
    }
  }

  @Override
  public void close() throws IOException {
    householdOut.close();
    memberOut.close();
    Files.deleteIfExists(households);
    Files.deleteIfExists(members);
  }
}
