package dev.gwanyong;

import java.util.stream.Stream;

/**
 * Text a member could type that would be Lucene query syntax, or otherwise trouble, if it were ever
 * parsed.
 */
public final class HostileInputs {

  /** The hostile question of the issue: real words among query operators. */
  public static final String OPERATORS_AROUND_A_WORD = "쿠버네티스 AND OR NOT ((( *:* \"";

  private HostileInputs() {}

  public static Stream<String> all() {
    return Stream.of(
        OPERATORS_AROUND_A_WORD,
        "google^10 title:absence /regex.*/",
        "\"unterminated",
        "\\",
        "\\\\",
        "~~~",
        "*",
        "?",
        "*:*",
        "id:* OR source:[* TO *]",
        "쿠버네티스~2 foo*bar {!lucene} [a TO z]",
        "&& || ! ( ) { } [ ] ^ \" ~ * ? : \\ /",
        ".",
        "…",
        "、",
        "",
        "   ",
        "😀🚀🔥",
        "👩‍👩‍👧‍👦 쿠버네티스",
        "\u0000",
        "쿠버네티스\u0000비율\u0000",
        "\uD800 lone surrogate \uDFFF",
        "\u202Eevil\u202C 구글",
        // Words of playful endings and their look-alikes behind quotes and brackets.
        "'해당 (감사합니당) “고마워용” -세웠나용 ‘당’ '용 「염」",
        "가나다라 AND ".repeat(5_000),
        "x".repeat(50 * 1024));
  }
}
