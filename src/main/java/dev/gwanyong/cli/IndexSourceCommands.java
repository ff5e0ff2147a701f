package dev.gwanyong.cli;

import dev.gwanyong.admin.ModerationResult;
import dev.gwanyong.admin.SourceFields;
import dev.gwanyong.admin.SourceInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code index} subcommands that go through the moderation service, each a small class. */
final class IndexSourceCommands {

  /** Where the text of a source comes from: exactly one of a file, a URL or text. */
  static final class InputOptions {
    @Option(names = "--file", paramLabel = "FILE", description = "A .txt, .md or .html file.")
    Path file;

    @Option(names = "--url", paramLabel = "URL", description = "An http(s) page to fetch.")
    String url;

    @Option(names = "--text", paramLabel = "TEXT", description = "Text or Markdown.")
    String text;

    /** The input, or empty when the file cannot be read (the message is printed). */
    Optional<SourceInput> read(picocli.CommandLine.Model.CommandSpec spec) throws IOException {
      if (file != null) {
        if (Files.isDirectory(file)) {
          throw new picocli.CommandLine.ParameterException(
              spec.commandLine(),
              file + " is a folder, not a file: give one .txt, .md or .html file");
        }
        FileArguments.requireFile(spec, file);
        return Optional.of(
            new SourceInput.Upload(file.getFileName().toString(), Files.readAllBytes(file)));
      }
      if (url != null) {
        return Optional.of(new SourceInput.Url(url));
      }
      return Optional.ofNullable(text).map(SourceInput.Text::new);
    }
  }

  /** Header values given on the command line. */
  static final class FieldOptions {
    @Option(names = "--title", paramLabel = "TITLE", description = "Title shown in citations.")
    String title;

    @Option(
        names = "--lang",
        paramLabel = "LANG",
        description = "ko or en (detected when left out on add).")
    String lang;

    @Option(
        names = {"--licence", "--license"},
        paramLabel = "TEXT",
        description = "Licence note.")
    String licence;

    @Option(names = "--author", paramLabel = "NAME", description = "Author or publisher.")
    String author;

    SourceFields fields(Optional<String> id) {
      return new SourceFields(
          id,
          Optional.ofNullable(title),
          Optional.ofNullable(lang),
          Optional.ofNullable(licence),
          Optional.ofNullable(author));
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Add a source from a file, a URL or text.")
  static final class Add implements Callable<Integer> {
    @Mixin SharedOptions shared;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
        arity = "0..1",
        paramLabel = "FILE",
        description = "A .txt, .md or .html file, as with --file.")
    Path file;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    InputOptions input;

    @Option(
        names = "--id",
        paramLabel = "ID",
        description = "Source id (derived from the URL or title if left out).")
    String id;

    @ArgGroup(exclusive = false)
    FieldOptions fields = new FieldOptions();

    @Override
    public Integer call() throws IOException {
      if ((file == null) == (input == null)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "give the source as one of FILE, --file, --url or --text");
      }
      if (file != null) {
        input = new InputOptions();
        input.file = file;
      }
      SourceInput source = input.read(spec).orElseThrow();
      return ModerationRunner.run(
          spec,
          shared.load(),
          (service, actor) -> service.add(actor, source, fields.fields(Optional.ofNullable(id))));
    }
  }

  @Command(
      name = "update",
      mixinStandardHelpOptions = true,
      description = "Replace a source's text or header values.")
  static final class Update implements Callable<Integer> {
    @Mixin SharedOptions shared;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    // Named as remove and show name it, or with --id, as add does: a moderator types either.
    @Parameters(
        index = "0",
        arity = "0..1",
        paramLabel = "ID",
        description = "The source to update.")
    String named;

    @Option(
        names = "--id",
        paramLabel = "ID",
        description = "The source to update, if not given as ID.")
    String id;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    InputOptions input;

    @ArgGroup(exclusive = false)
    FieldOptions fields = new FieldOptions();

    @Override
    public Integer call() throws IOException {
      if ((named == null) == (id == null)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "name the source to update once, as ID or with --id");
      }
      String target = named != null ? named : id;
      Optional<SourceInput> source = input == null ? Optional.empty() : input.read(spec);
      return ModerationRunner.run(
          spec,
          shared.load(),
          (service, actor) ->
              service.update(actor, target, source, fields.fields(Optional.empty())));
    }
  }

  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Remove a source (and its translation).")
  static final class Remove implements Callable<Integer> {
    @Mixin SharedOptions shared;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The source to remove.")
    String id;

    @Override
    public Integer call() throws IOException {
      return ModerationRunner.run(
          spec, shared.load(), (service, actor) -> service.remove(actor, id));
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description =
          "List the sources with passage counts, optionally those whose id or title has all the"
              + " WORDS.")
  static final class ListSources implements Callable<Integer>, AnalysesNoText {
    @Mixin SharedOptions shared;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
        arity = "0..*",
        paramLabel = "WORDS",
        description = "Words a listed source's id or title contains.")
    List<String> words = List.of();

    /** A terminal pages by itself: every source found is listed, with its title whole. */
    @Override
    public Integer call() throws IOException {
      return ModerationRunner.read(
          spec,
          shared.load(),
          (service, actor) ->
              service.list(String.join(" ", words), 1, ModerationResult.Listed.WHOLE));
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show one source's header and opening.")
  static final class Show implements Callable<Integer>, AnalysesNoText {
    @Mixin SharedOptions shared;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The source to show.")
    String id;

    @Override
    public Integer call() throws IOException {
      return ModerationRunner.read(spec, shared.load(), (service, actor) -> service.show(id));
    }
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = "Sources, passages, last change and by whom.")
  static final class Status implements Callable<Integer>, AnalysesNoText {
    @Mixin SharedOptions shared;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      return ModerationRunner.read(spec, shared.load(), (service, actor) -> service.status());
    }
  }

  private IndexSourceCommands() {}
}
