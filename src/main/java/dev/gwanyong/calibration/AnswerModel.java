package dev.gwanyong.calibration;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gwanyong.search.Evidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer model: the probability that a candidate sentence's quote answers the question, and the
 * confidence threshold that keeps the share of wrong or false answers within a risk budget. Both
 * come from a model file that {@code calibrate} fits on generated benchmark data and that records
 * what it was fitted on.
 *
 * <p>Scoring has two steps. A logistic regression over {@link Features} ranks the candidates; a
 * second logistic regression maps the best candidate's ranking score and its features to the
 * probability that the first citation answers. The second is fitted on held-out questions, so that
 * it accounts for picking the best of many, and it sees the features again because how far the best
 * candidate stands out is not all that says whether it answers: a short sentence that holds the one
 * common word of a short question ranks first as surely as a real answer does.
 *
 * <p>A third logistic regression over the same features, the quote step, judges which sentence of a
 * paragraph that answers holds the answer itself: the ranking learns which paragraph answers
 * (KorQuAD marks a paragraph), and its best sentence is often the one that restates the question,
 * while the answer is in another.
 */
public final class AnswerModel {

  private static final String FORMAT_NAME = "gwanyong-answer-model/";
  static final String FORMAT = FORMAT_NAME + "3";

  /** The names of the confidence step's inputs, as the model file records them. */
  static final List<String> CONFIDENCE_INPUTS = confidenceInputNames();

  /** A point of the held-out risk–coverage curve the thresholds come from. */
  public record CurvePoint(double threshold, double coverage, double risk) {}

  private final LogisticRegression candidates;
  private final LogisticRegression confidence;
  private final LogisticRegression quotes;
  private final List<CurvePoint> curve;
  private final JsonNode provenance;

  AnswerModel(
      LogisticRegression candidates,
      LogisticRegression confidence,
      LogisticRegression quotes,
      List<CurvePoint> curve,
      JsonNode provenance) {
    this.candidates = candidates;
    this.confidence = confidence;
    this.quotes = quotes;
    this.curve = List.copyOf(curve);
    this.provenance = provenance;
  }

  /**
   * A model that scores every candidate alike, so they keep BM25 order, and never answers: what
   * {@code calibrate} collects evidence with before any model is fitted.
   */
  public static AnswerModel unfitted() {
    return new AnswerModel(
        new LogisticRegression(0, new double[Features.NAMES.size()]),
        new LogisticRegression(0, new double[CONFIDENCE_INPUTS.size()]),
        new LogisticRegression(0, new double[Features.NAMES.size()]),
        List.of(),
        new ObjectMapper().createObjectNode().put("fitted", "never"));
  }

  /**
   * How the model judges a candidate: {@code score}, how strongly its evidence says it answers, is
   * only for ranking the candidates of one question; {@code confidence} is the probability that it
   * answers; {@code holdsAnswer}, for choosing among the sentences of one paragraph, how likely its
   * quote is to hold the answer if the paragraph answers.
   */
  public record Judgement(double score, double confidence, double holdsAnswer) {}

  /** Judges a candidate, reading its evidence into features once for all steps. */
  public Judgement judge(Evidence evidence) {
    double[] features = Features.of(evidence);
    double score = candidates.probability(features);
    return new Judgement(
        score,
        confidence.probability(confidenceInputs(score, features)),
        quotes.probability(features));
  }

  private static List<String> confidenceInputNames() {
    List<String> names = new ArrayList<>();
    names.add("logit_score");
    names.addAll(Features.NAMES);
    return List.copyOf(names);
  }

  /** The confidence step's inputs: the ranking score as a logit, then the candidate's features. */
  static double[] confidenceInputs(double score, double[] features) {
    double[] inputs = new double[features.length + 1];
    inputs[0] = LogisticRegression.logit(score);
    System.arraycopy(features, 0, inputs, 1, features.length);
    return inputs;
  }

  /**
   * The lowest confidence at which answers stayed within {@code maxRisk} on the held-out data;
   * above 1 (never answer) when no threshold did.
   */
  public double threshold(double maxRisk) {
    double threshold = Double.POSITIVE_INFINITY;
    for (CurvePoint p : curve) {
      if (p.risk() <= maxRisk) {
        threshold = Math.min(threshold, p.threshold());
      }
    }
    return threshold;
  }

  /** The held-out risk–coverage curve, most confident first. */
  public List<CurvePoint> curve() {
    return curve;
  }

  /** What the model was fitted on, when and with what figures, as recorded in its file. */
  public JsonNode provenance() {
    return provenance;
  }

  /**
   * Reads a model file.
   *
   * @throws IllegalArgumentException naming the file and the value, when the file is not a model of
   *     this format, names other features, or has a value missing, of the wrong type or length, or
   *     not finite
   */
  public static AnswerModel load(Path file) throws IOException {
    JsonNode root = readJson(file);
    String format = root.path("format").asText();
    if (format.startsWith(FORMAT_NAME) && !format.equals(FORMAT)) {
      throw new IllegalArgumentException(
          file
              + " is an answer model of format "
              + format
              + ", and this version reads "
              + FORMAT
              + "; use the model of this version's repository, or fit one with `calibrate`");
    }
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException(
          file + " is not an answer model of format " + FORMAT + "; run `calibrate` to fit one");
    }
    List<String> names = new ArrayList<>();
    root.path("features").forEach(n -> names.add(n.asText()));
    if (!names.equals(Features.NAMES)) {
      throw new IllegalArgumentException(
          file
              + " was fitted on other features than this version computes; run `calibrate` to fit"
              + " it again");
    }
    ModelFile read = new ModelFile(file);
    JsonNode confidence = root.path("confidence");
    JsonNode quotes = root.path("quotes");
    JsonNode points = root.path("risk_coverage");
    if (!points.isArray() || points.isEmpty()) {
      // Without a curve no confidence reaches any budget: the bot would refuse every question, and
      // say nothing why.
      throw read.invalid(
          "risk_coverage", "must be a non-empty array of points, was " + ModelFile.shape(points));
    }
    List<CurvePoint> curve = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      JsonNode p = points.get(i);
      String where = "risk_coverage[" + i + "].";
      curve.add(
          new CurvePoint(
              read.number(p.path("threshold"), where + "threshold"),
              read.number(p.path("coverage"), where + "coverage"),
              read.number(p.path("risk"), where + "risk")));
    }
    return new AnswerModel(
        new LogisticRegression(
            read.number(root.path("intercept"), "intercept"),
            read.numbers(root.path("weights"), names.size(), "weights")),
        new LogisticRegression(
            read.number(confidence.path("intercept"), "confidence.intercept"),
            read.numbers(
                confidence.path("weights"), CONFIDENCE_INPUTS.size(), "confidence.weights")),
        new LogisticRegression(
            read.number(quotes.path("intercept"), "quotes.intercept"),
            read.numbers(quotes.path("weights"), names.size(), "quotes.weights")),
        curve,
        root.path("provenance"));
  }

  /**
   * The file's one JSON value. Jackson's own message of a truncated file spans two lines and says
   * the source is "REDACTED"; this says where the file stops being JSON in one. Text after the
   * value is a mistake too, as in a file pasted into twice.
   */
  private static JsonNode readJson(Path file) throws IOException {
    try {
      return new ObjectMapper()
          .readerFor(JsonNode.class)
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .readValue(file.toFile());
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new IllegalArgumentException(
          file
              + " is not valid JSON"
              + where
              + ": "
              + e.getOriginalMessage().lines().findFirst().orElse("")
              + "; restore the file from the repository or fit it again with `calibrate`");
    }
  }

  /**
   * A model file's values read strictly. Jackson reads a missing value, {@code null} or a string as
   * 0, and the string "NaN" as NaN: a hand-edited or damaged file then answered with weights nobody
   * fitted, or refused everything.
   */
  private record ModelFile(Path file) {

    double number(JsonNode node, String where) {
      if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
        throw invalid(where, "must be a finite number, was " + shape(node));
      }
      return node.asDouble();
    }

    double[] numbers(JsonNode array, int length, String where) {
      if (!array.isArray() || array.size() != length) {
        throw invalid(where, "must be an array of " + length + " numbers, was " + shape(array));
      }
      double[] values = new double[length];
      for (int i = 0; i < length; i++) {
        values[i] = number(array.get(i), where + "[" + i + "]");
      }
      return values;
    }

    IllegalArgumentException invalid(String where, String problem) {
      return new IllegalArgumentException(
          file
              + ": "
              + where
              + " "
              + problem
              + "; restore the file from the repository or fit it again with `calibrate`");
    }

    /**
     * What was found instead, short enough for one line: an array or object by its size, a value as
     * written.
     */
    static String shape(JsonNode node) {
      if (node.isMissingNode()) {
        return "missing";
      }
      if (node.isArray()) {
        return "an array of " + node.size();
      }
      return node.isObject() ? "an object" : node.toString();
    }
  }

  /** Writes the model atomically: a temporary file beside the target, then a rename. */
  public void write(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("format", FORMAT);
    root.set("provenance", provenance);
    ArrayNode features = root.putArray("features");
    Features.NAMES.forEach(features::add);
    root.put("intercept", candidates.intercept());
    ArrayNode weights = root.putArray("weights");
    for (double w : candidates.weights()) {
      weights.add(w);
    }
    ObjectNode confidenceNode = root.putObject("confidence");
    confidenceNode.put("intercept", confidence.intercept());
    ArrayNode inputs = confidenceNode.putArray("inputs");
    CONFIDENCE_INPUTS.forEach(inputs::add);
    ArrayNode confidenceWeights = confidenceNode.putArray("weights");
    for (double w : confidence.weights()) {
      confidenceWeights.add(w);
    }
    ObjectNode quotesNode = root.putObject("quotes");
    quotesNode.put("intercept", quotes.intercept());
    ArrayNode quoteWeights = quotesNode.putArray("weights");
    for (double w : quotes.weights()) {
      quoteWeights.add(w);
    }
    ArrayNode points = root.putArray("risk_coverage");
    for (CurvePoint p : curve) {
      points
          .addObject()
          .put("threshold", p.threshold())
          .put("coverage", p.coverage())
          .put("risk", p.risk());
    }
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, ".answer-model", ".tmp");
    try {
      json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), root);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
