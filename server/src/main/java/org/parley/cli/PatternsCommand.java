package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.extract.lexicon.Lexicons;
import org.parley.extract.pattern.ExtractionPattern;
import org.parley.extract.pattern.PatternCatalogue;
import org.parley.load.Pipeline;
import org.parley.read.Article;
import org.parley.read.ArticleFormat;
import org.parley.read.Metadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "patterns", mixinStandardHelpOptions = true,
        description = {"List the extraction patterns, or show how they read a text.",
                "Without TEXT: every pattern with its family, engine, roles and file. With TEXT (or --file): the "
                        + "text's tokens, dependency parse and the patterns that match it, with the words of each role."})
final class PatternsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--file", paramLabel = "FILE", description = "Read the text to explain from this file.")
    Path file;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The text's publication date, for relative dates.")
    LocalDate date;

    @Parameters(arity = "0..*", paramLabel = "TEXT", description = "A sentence or more to explain.")
    List<String> words;

    private final Services services;

    PatternsCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String text = file != null ? Files.readString(file, StandardCharsets.UTF_8)
                : words == null ? null : String.join(" ", words);
        if (text == null) {
            Lexicons lexicons = Lexicons.load();
            for (ExtractionPattern p : PatternCatalogue.load(name -> lexicons.words().words(name)).patterns()) {
                out.printf("%-44s %-11s %-40s %s%n", p.qualifiedName(), p.engine().extension(),
                        p.roles().stream().map(r -> r.label()).sorted().toList(), p.origin());
            }
            return ExitCode.OK;
        }
        Metadata metadata = new Metadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.ofNullable(date),
                Optional.of("en"));
        Article article = new Article("explain:text", "(text)", text, metadata, ArticleFormat.TEXT, List.of());
        try {
            out.print(services.pipeline().trace(article));
        } catch (Pipeline.StepException e) {
            spec.commandLine().getErr().println("parley: patterns: " + e.step() + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
        return ExitCode.OK;
    }
}
