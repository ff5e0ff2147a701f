package dev.gwanyong.admin;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test that runs against a fresh {@link Fixture} in its own temporary folder, closed after each
 * test. A subclass's own {@code @BeforeEach} runs after the fixture is open, and its
 * {@code @AfterEach} before it is closed.
 */
abstract class FixtureTest {

  @TempDir Path temp;
  Fixture fixture;

  @BeforeEach
  void openFixture() {
    fixture = new Fixture(temp);
  }

  @AfterEach
  void closeFixture() throws Exception {
    fixture.close();
  }
}
