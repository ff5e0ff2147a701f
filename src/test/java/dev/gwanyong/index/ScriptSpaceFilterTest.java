package dev.gwanyong.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The spaces go where Latin letters and Hangul meet, whatever the size of the reads a tokenizer
 * asks for, and every offset maps back to the written text.
 */
class ScriptSpaceFilterTest {

  private static final String TYPED = "RedHat은Kubernetes위에 k8s는, Zürich의 é와 2024년";

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5, 64})
  void spacesGoBetweenTheScriptsAndOffsetsMapBack(int readSize) throws IOException {
    ScriptSpaceFilter filter = new ScriptSpaceFilter(new StringReader(TYPED));
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[readSize];
    for (int n; (n = filter.read(buffer, 0, readSize)) != -1; ) {
      out.append(buffer, 0, n);
    }
    String spaced = out.toString();
    assertEquals("RedHat 은 Kubernetes 위에 k8s 는, Zürich 의 é 와 2024년", spaced);
    int kubernetes = spaced.indexOf("Kubernetes");
    assertEquals(TYPED.indexOf("Kubernetes"), filter.correctOffset(kubernetes));
    assertEquals(TYPED.indexOf("위에"), filter.correctOffset(spaced.indexOf("위에")));
    assertEquals(TYPED.indexOf("은"), filter.correctOffset(spaced.indexOf("은")));
    assertEquals(TYPED.indexOf("Kubernetes") + 10, filter.correctOffset(kubernetes + 10));
    assertEquals(TYPED.length(), filter.correctOffset(spaced.length()));
  }
}
