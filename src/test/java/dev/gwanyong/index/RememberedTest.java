package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RememberedTest {

  @Test
  void aValueIsWorkedOutOnceUntilTheBoundForgetsEverything() {
    List<String> workedOut = new ArrayList<>();
    Remembered<String, Integer> lengths = new Remembered<>(2);
    Function<String, Integer> length =
        word -> {
          workedOut.add(word);
          return word.length();
        };
    assertEquals(3, lengths.get("cat", length));
    assertEquals(3, lengths.get("cat", length));
    assertEquals(4, lengths.get("bird", length));
    assertEquals(List.of("cat", "bird"), workedOut, "each once while both fit");
    assertEquals(
        4, lengths.get("fish", length)); // the bound is reached: cat and bird are forgotten
    assertEquals(3, lengths.get("cat", length));
    assertEquals(4, lengths.get("fish", length));
    assertEquals(List.of("cat", "bird", "fish", "cat"), workedOut);
  }
}
