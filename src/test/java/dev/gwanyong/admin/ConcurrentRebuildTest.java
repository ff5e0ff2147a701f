package dev.gwanyong.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.answer.Answer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions keep being answered, correctly and without error, while sources are added and the index
 * rebuilt.
 */
class ConcurrentRebuildTest {

  static final int ASKERS = 3;
  static final int REBUILDS = 12;

  @Test
  void questionsAreAnsweredWithZeroErrorsDuringRebuildsAndChanges(@TempDir Path temp)
      throws Exception {
    try (Fixture fixture = new Fixture(temp)) {
      String expected = fixture.served(Fixture.KNOWN_QUESTION).getFirst();
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger answered = new AtomicInteger();
      AtomicInteger duringChanges = new AtomicInteger();
      AtomicBoolean changing = new AtomicBoolean(false);
      ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
      CountDownLatch started = new CountDownLatch(ASKERS);
      List<Thread> askers = new ArrayList<>();
      for (int t = 0; t < ASKERS; t++) {
        Thread asker =
            Thread.ofPlatform()
                .name("asker-" + t)
                .start(
                    () -> {
                      started.countDown();
                      while (running.get()) {
                        try {
                          Answer answer = fixture.answers.ask(Fixture.KNOWN_QUESTION);
                          String first =
                              answer.citations().isEmpty()
                                  ? "(abstained)"
                                  : Fixture.key(answer.citations().getFirst());
                          if (!first.equals(expected)) {
                            errors.add("wrong answer: " + first);
                          }
                          answered.incrementAndGet();
                          if (changing.get()) {
                            duringChanges.incrementAndGet();
                          }
                        } catch (RuntimeException e) {
                          errors.add(e.toString());
                        }
                      }
                    });
        askers.add(asker);
      }
      started.await();

      List<Long> rebuildMillis = new ArrayList<>();
      long began = System.nanoTime();
      for (int i = 0; i < REBUILDS; i++) {
        changing.set(true);
        long t0 = System.nanoTime();
        ModerationResult result =
            switch (i % 3) {
              case 0 -> fixture.moderation.rebuild(Fixture.SLACK_MODERATOR);
              case 1 ->
                  fixture.moderation.add(
                      Fixture.SLACK_MODERATOR,
                      new SourceInput.Text(ModerationServiceTest.HAECHI),
                      SourceFields.ofId("haechi-" + i));
              default -> fixture.moderation.remove(Fixture.SLACK_MODERATOR, "haechi-" + (i - 1));
            };
        rebuildMillis.add((System.nanoTime() - t0) / 1_000_000);
        changing.set(false);
        assertTrue(result.succeeded(), result.message());
        Thread.sleep(20); // let questions land between changes too
      }
      long totalMillis = (System.nanoTime() - began) / 1_000_000;
      running.set(false);
      for (Thread asker : askers) {
        asker.join();
      }

      System.out.printf(
          "concurrent: %d questions answered (%d while a change or rebuild ran) by %d threads"
              + " during %d changes in %d ms; change+rebuild ms: %s; errors: %d%n",
          answered.get(),
          duringChanges.get(),
          ASKERS,
          REBUILDS,
          totalMillis,
          rebuildMillis,
          errors.size());
      assertEquals(List.of(), List.copyOf(errors).subList(0, Math.min(5, errors.size())));
      assertTrue(duringChanges.get() > 0, "questions were asked while the index was being rebuilt");
      ModerationResult.Status status =
          assertInstanceOf(ModerationResult.Status.class, fixture.moderation.status());
      assertTrue(status.current());
    }
  }
}
