package dev.gwanyong.cli;

import dev.gwanyong.lexicon.Lexicon;
import dev.gwanyong.lexicon.LexiconFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code index lexicon add|remove|list}: moderators extend the English–Korean lexicon. The lexicon
 * is read at query time, so no rebuild is needed; a running {@code serve} picks a change up when it
 * restarts.
 */
@Command(
    name = "lexicon",
    mixinStandardHelpOptions = true,
    description = "Add, remove or list English–Korean lexicon entries.",
    subcommands = {
      LexiconCommand.Add.class,
      LexiconCommand.Remove.class,
      LexiconCommand.ListEntries.class
    })
final class LexiconCommand implements Runnable, AnalysesNoText {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand: add, remove or list");
  }

  /** {@code index lexicon add ENGLISH KOREAN...}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Add Korean translations of an English word or phrase.")
  static final class Add implements Callable<Integer>, AnalysesNoText {

    @Mixin SharedOptions shared;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "ENGLISH",
        description = "The English word or phrase, e.g. \"vendor lock-in\".")
    String english;

    @Parameters(
        index = "1..*",
        arity = "1..*",
        paramLabel = "KOREAN",
        description = "Korean translations, as words or one \"a; b\" list, e.g. 간섭하다 개입하다.")
    List<String> korean;

    @Override
    public Integer call() throws IOException {
      List<String> translations =
          korean.stream()
              .flatMap(k -> Arrays.stream(k.split(";")))
              .map(String::strip)
              .filter(k -> !k.isEmpty())
              .toList();
      Lexicon.Entry entry;
      try {
        entry =
            new LexiconFiles(shared.load().lexicon())
                .add(
                    new Lexicon.Entry(
                        english.strip().toLowerCase(java.util.Locale.ROOT), translations));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      spec.commandLine()
          .getOut()
          .printf(
              "Added %s → %s (in %s)%n",
              entry.english(), String.join("; ", entry.korean()), LexiconFiles.LOCAL);
      return 0;
    }
  }

  /** {@code index lexicon remove ENGLISH}. */
  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Remove an English word or phrase.")
  static final class Remove implements Callable<Integer>, AnalysesNoText {

    @Mixin SharedOptions shared;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ENGLISH", description = "The English word or phrase to remove.")
    String english;

    @Override
    public Integer call() throws IOException {
      int removed = new LexiconFiles(shared.load().lexicon()).remove(english);
      if (removed == 0) {
        spec.commandLine().getErr().printf("No lexicon entry \"%s\".%n", english.strip());
        return 1;
      }
      spec.commandLine()
          .getOut()
          .printf(
              "Removed %d entr%s for \"%s\".%n",
              removed, removed == 1 ? "y" : "ies", english.strip());
      return 0;
    }
  }

  /** {@code index lexicon list [PREFIX]}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List entries, optionally those starting with PREFIX.")
  static final class ListEntries implements Callable<Integer>, AnalysesNoText {

    @Mixin SharedOptions shared;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
        arity = "0..1",
        paramLabel = "PREFIX",
        description = "Only English words starting with this.")
    String prefix = "";

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      List<LexiconFiles.Listed> entries = new LexiconFiles(shared.load().lexicon()).list(prefix);
      entries.forEach(
          l ->
              out.printf(
                  "%s\t%s\t(%s)%n",
                  l.entry().english(), String.join("; ", l.entry().korean()), l.file()));
      out.printf("%d %s%n", entries.size(), entries.size() == 1 ? "entry" : "entries");
      return 0;
    }
  }
}
