package dev.gwanyong.eval;

import dev.gwanyong.calibration.RiskCoverage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * The selective-answering benchmark's figures: for each language and each set, at a threshold, how
 * many answers were right, wrong, refused or false (an answer to an unanswerable question); and
 * over all thresholds, the area under the risk–coverage curve and the coverage reachable within 2%
 * and 5% risk. Writes the curves as a PNG plot.
 */
public final class SelectiveReport {

  /** One probe's best answer as judged, with where it came from. */
  public record Judgement(String set, String language, RiskCoverage.Judged judged) {}

  /** Risks the report shows the reachable coverage for. */
  static final List<Double> RISKS = List.of(0.02, 0.05);

  private final Map<String, List<Judgement>> byLanguage = new TreeMap<>();

  public SelectiveReport(List<Judgement> judgements) {
    for (Judgement j : judgements) {
      byLanguage.computeIfAbsent(j.language(), k -> new ArrayList<>()).add(j);
    }
  }

  /** The curve of one language's questions, all sets pooled. */
  public RiskCoverage curve(String language) {
    return new RiskCoverage(
        byLanguage.getOrDefault(language, List.of()).stream().map(Judgement::judged).toList());
  }

  public void print(PrintWriter out, double threshold) {
    out.printf(
        "At confidence %.3f. right/wrong: answers to answerable questions; false: answers to"
            + " unanswerable ones;%nrisk: (wrong + false) / answers; AURC: area under the"
            + " risk–coverage curve (lower is better).%n",
        threshold);
    // The set column as wide as the longest set's name, so that every row lines up under its
    // heading.
    int width =
        byLanguage.values().stream()
            .flatMap(List::stream)
            .mapToInt(j -> j.set().length())
            .max()
            .orElse(0);
    String columns = "%-" + Math.max(width, "set".length()) + "s %9s %12s %7s %7s %8s %14s %7s%n";
    for (Map.Entry<String, List<Judgement>> language : byLanguage.entrySet()) {
      out.printf("%n[%s]%n", language.getKey());
      out.printf(
          columns,
          "set",
          "questions",
          "answerable",
          "right",
          "wrong",
          "refused",
          "false answers",
          "risk");
      Map<String, List<RiskCoverage.Judged>> sets = new LinkedHashMap<>();
      for (Judgement j : language.getValue()) {
        sets.computeIfAbsent(j.set(), k -> new ArrayList<>()).add(j.judged());
      }
      sets.forEach((set, judged) -> row(out, columns, set, new RiskCoverage(judged).at(threshold)));
      RiskCoverage all = curve(language.getKey());
      row(out, columns, "all", all.at(threshold));
      out.printf("AURC %.4f", all.area());
      for (double risk : RISKS) {
        Optional<RiskCoverage.Point> p = all.widestWithin(risk, 1);
        out.printf(
            ";  within %.0f%% risk: coverage %s, right %s of answerable",
            100 * risk,
            p.map(x -> percent(x.coverage())).orElse("0%"),
            p.map(x -> percent(x.rightShare())).orElse("0%"));
      }
      out.println();
    }
  }

  private static void row(PrintWriter out, String columns, String set, RiskCoverage.Point p) {
    int unanswerable = p.total() - p.answerable();
    out.printf(
        columns,
        set,
        String.valueOf(p.total()),
        String.valueOf(p.answerable()),
        share(p.right(), p.answerable()),
        share(p.wrong(), p.answerable()),
        String.valueOf(p.refused()),
        share(p.falseAnswers(), unanswerable),
        percent(p.risk()));
  }

  private static String share(int count, int of) {
    return of == 0 ? "-" : "%.1f%%".formatted(100.0 * count / of);
  }

  private static String percent(double share) {
    return "%.1f%%".formatted(100 * share);
  }

  /** Writes one risk–coverage curve a language as a PNG file. */
  public void plot(Path file, String title) throws IOException {
    XYChart chart =
        new XYChartBuilder()
            .width(800)
            .height(560)
            .title(title)
            .xAxisTitle("coverage (share of questions answered)")
            .yAxisTitle("risk (wrong or false answers / answers)")
            .build();
    chart
        .getStyler()
        .setYAxisMin(0.0)
        .setYAxisMax(1.0)
        .setXAxisMin(0.0)
        .setXAxisMax(1.0)
        .setMarkerSize(0);
    for (String language : byLanguage.keySet()) {
      List<RiskCoverage.Point> points = curve(language).curve();
      if (points.isEmpty()) {
        continue;
      }
      chart.addSeries(
          language + " (" + points.getLast().total() + " questions)",
          points.stream().mapToDouble(RiskCoverage.Point::coverage).toArray(),
          points.stream().mapToDouble(RiskCoverage.Point::risk).toArray());
    }
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    BitmapEncoder.saveBitmap(
        chart, file.toString().replaceFirst("\\.png$", ""), BitmapEncoder.BitmapFormat.PNG);
  }
}
