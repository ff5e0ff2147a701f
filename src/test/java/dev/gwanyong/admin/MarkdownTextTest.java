package dev.gwanyong.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void wrappedLinesAreJoinedAndBlankLinesSeparateParagraphs() {
    MarkdownText.Extracted text =
        MarkdownText.extract("첫 문단의 첫 줄이\n이어지는 둘째 줄이다.\r\n\r\n\n둘째 문단이다.  \n");
    assertEquals(List.of("첫 문단의 첫 줄이 이어지는 둘째 줄이다.", "둘째 문단이다."), text.paragraphs());
    assertEquals(Optional.empty(), text.title());
  }

  @Test
  void markdownSyntaxIsStrippedAndWordsKept() {
    String markdown =
        """
        # Kubernetes *history*

        Kubernetes was **announced** in _June 2014_ by [Google](https://google.com),
        see `kubectl` and ![logo](logo.png) <https://kubernetes.io>.

        ## Timeline

        - Borg came first,
          then Omega.
        * Kubernetes ~~last~~ third.
        1. Numbered item.

        > A quoted
        > thought.

        ```java
        System.out.println("code is not prose");
        ```

        | year | event |
        |------|-------|
        | 2014 | announced |

        ---
        snake_case_names and 2*3*4 stay as they are.
        """;
    MarkdownText.Extracted text = MarkdownText.extract(markdown);
    assertEquals(Optional.of("Kubernetes history"), text.title());
    assertEquals(
        List.of(
            "Kubernetes was announced in June 2014 by Google, see kubectl and logo"
                + " https://kubernetes.io.",
            "Borg came first, then Omega.",
            "Kubernetes last third.",
            "Numbered item.",
            "A quoted thought.",
            "year · event",
            "2014 · announced",
            "snake_case_names and 2*3*4 stay as they are."),
        text.paragraphs());
  }

  @Test
  void frontMatterIsLeftOutAndGivesTheTitle() {
    MarkdownText.Extracted post =
        MarkdownText.extract(
            """
            ---
            layout: post
            title: "Why Kubernetes won"
            tags:
              - cloud
            ---
            # A heading

            The body starts here.
            """);
    assertEquals(Optional.of("Why Kubernetes won"), post.title());
    assertEquals(List.of("The body starts here."), post.paragraphs());

    MarkdownText.Extracted rule =
        MarkdownText.extract("---\nA rule, then words.\n---\nMore words.");
    assertEquals(
        List.of("A rule, then words.", "More words."),
        rule.paragraphs(),
        "not front matter: words");
  }

  @Test
  void setextHeadingsGiveTheTitle() {
    MarkdownText.Extracted text = MarkdownText.extract("Title here\n==========\n\nBody.");
    assertEquals(Optional.of("Title here"), text.title());
    assertEquals(List.of("Body."), text.paragraphs());
  }
}
