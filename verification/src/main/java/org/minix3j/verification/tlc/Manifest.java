package org.minix3j.verification.tlc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The model manifest, {@code model/manifest.tsv}: which models exist, of which kind, and what
 * TLC must report for each. Tab-separated, with the header {@code model kind expect distinct};
 * blank lines and lines starting with {@code #} are ignored.
 *
 * <p>Entry points: {@link #read(Path)} for the file, {@link #parse(String, String)} for text.
 * Every malformed line is refused with a {@link CheckSetupException} naming the file and line.
 */
public record Manifest(List<ManifestEntry> entries) {

  /** The header line every manifest starts with. */
  public static final String HEADER = "model\tkind\texpect\tdistinct";

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  public Manifest {
    entries = List.copyOf(entries);
  }

  /** Reads and parses the manifest file. */
  public static Manifest read(Path file) throws CheckSetupException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CheckSetupException("cannot read the model manifest " + file + ": " + e, e);
    }
    return parse(text, file.toString());
  }

  /** Parses manifest text; {@code source} names it in error messages. */
  public static Manifest parse(String text, String source) throws CheckSetupException {
    List<ManifestEntry> entries = new ArrayList<>();
    Set<String> names = new HashSet<>();
    boolean headerSeen = false;
    String[] lines = text.split("\r?\n", -1);
    for (int index = 0; index < lines.length; index++) {
      int lineNumber = index + 1;
      String line = lines[index];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        if (!line.strip().equals(HEADER)) {
          throw lineError(source, lineNumber, "expected the header '" + HEADER.replace("\t", "<TAB>")
              + "', found '" + line + "'");
        }
        headerSeen = true;
        continue;
      }
      ManifestEntry entry = parseEntry(line, source, lineNumber);
      if (!names.add(entry.model())) {
        throw lineError(source, lineNumber, "model " + entry.model() + " is listed twice");
      }
      entries.add(entry);
    }
    if (!headerSeen) {
      throw new CheckSetupException(source + ": empty manifest; it must start with the header '"
          + HEADER.replace("\t", "<TAB>") + "'");
    }
    return new Manifest(entries);
  }

  /** The entry for the model named {@code model}, if listed. */
  public Optional<ManifestEntry> entry(String model) {
    return entries.stream().filter(entry -> entry.model().equals(model)).findFirst();
  }

  private static ManifestEntry parseEntry(String line, String source, int lineNumber)
      throws CheckSetupException {
    String[] fields = line.strip().split("\t", -1);
    if (fields.length != 4) {
      throw lineError(source, lineNumber, "expected 4 tab-separated fields (model, kind, expect, "
          + "distinct), found " + fields.length + " in '" + line + "'");
    }
    String model = fields[0].strip();
    if (!NAME.matcher(model).matches()) {
      throw lineError(source, lineNumber, "'" + model + "' is not a model name (a TLA+ module name)");
    }
    Optional<ModelKind> kind = ModelKind.fromManifestName(fields[1].strip());
    if (kind.isEmpty()) {
      throw lineError(source, lineNumber, "kind '" + fields[1].strip()
          + "' is not one of ci, deep, mutant");
    }
    Expectation expect = parseExpectation(fields[2].strip(), source, lineNumber);
    String distinctText = fields[3].strip();
    OptionalLong distinct;
    if (expect instanceof Expectation.Ok) {
      distinct = OptionalLong.of(parseCount(distinctText, source, lineNumber));
    } else if (distinctText.equals("-")) {
      distinct = OptionalLong.empty();
    } else {
      throw lineError(source, lineNumber, "a model expected to be caught has '-' as its distinct "
          + "count, not '" + distinctText + "'");
    }
    boolean mutant = kind.get() == ModelKind.MUTANT;
    if (mutant != (expect instanceof Expectation.Caught)) {
      throw lineError(source, lineNumber, mutant
          ? "a mutant must expect 'caught:<Invariant>'"
          : "only a mutant may expect a violation; a " + kind.get().manifestName()
              + " model expects 'ok'");
    }
    return new ManifestEntry(model, kind.get(), expect, distinct, lineNumber);
  }

  private static Expectation parseExpectation(String text, String source, int lineNumber)
      throws CheckSetupException {
    if (text.equals("ok")) {
      return new Expectation.Ok();
    }
    if (text.startsWith("caught:")) {
      String name = text.substring("caught:".length()).strip();
      if (NAME.matcher(name).matches()) {
        return new Expectation.Caught(name);
      }
    }
    throw lineError(source, lineNumber, "expect '" + text
        + "' is neither 'ok' nor 'caught:<Invariant>'");
  }

  private static long parseCount(String text, String source, int lineNumber)
      throws CheckSetupException {
    if (!text.matches("[0-9]{1,18}")) {
      throw lineError(source, lineNumber, "distinct '" + text
          + "' is not a count of states (a model expected 'ok' needs its exact distinct count)");
    }
    return Long.parseLong(text);
  }

  private static CheckSetupException lineError(String source, int lineNumber, String problem) {
    return new CheckSetupException(source + " line " + lineNumber + ": " + problem);
  }
}
