package dev.gwanyong.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gwanyong.calibration.RiskCoverage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's table as a reader sees it. */
class SelectiveReportTest {

  @Test
  void everyRowLinesUpUnderItsHeadingWhateverTheLengthOfASetsName() {
    String longName = "KorQuAD article leave-out glossed";
    SelectiveReport report =
        new SelectiveReport(
            List.of(
                new SelectiveReport.Judgement(
                    "KorQuAD split", "ko", new RiskCoverage.Judged(0.9, true, true)),
                new SelectiveReport.Judgement(
                    "KorQuAD split", "ko", new RiskCoverage.Judged(0.8, false, false)),
                new SelectiveReport.Judgement(
                    longName, "ko", new RiskCoverage.Judged(0.2, true, true))));
    StringWriter text = new StringWriter();
    report.print(new PrintWriter(text, true), 0.5);

    List<String> lines = text.toString().lines().toList();
    String heading = lines.stream().filter(l -> l.startsWith("set ")).findFirst().orElseThrow();
    List<String> rows =
        lines.stream().filter(l -> l.startsWith("KorQuAD") || l.startsWith("all ")).toList();
    assertEquals(3, rows.size(), text.toString());
    int riskColumnEnd = heading.length();
    for (String row : rows) {
      assertEquals(
          riskColumnEnd, row.length(), "row and heading end together:\n" + heading + "\n" + row);
      assertTrue(
          row.charAt(longName.length()) == ' ', "the set's name has a column of its own:\n" + row);
    }
    assertTrue(rows.get(0).startsWith("KorQuAD split "), rows.get(0));
    assertTrue(rows.get(1).startsWith(longName + " "), rows.get(1));
  }
}
