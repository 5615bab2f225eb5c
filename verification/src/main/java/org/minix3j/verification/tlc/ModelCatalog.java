package org.minix3j.verification.tlc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The models of one repository: the manifest in {@code model/manifest.tsv}, the model files
 * beside it, and the specifications in {@code spec/}. Chooses which models a {@code check}
 * runs: by default the {@code ci} models and the mutants, with {@code deep} only the {@code
 * deep} ones; names select a model by its own name or every model of a specification.
 *
 * <p>A model belongs to a specification when its module {@code EXTENDS} that specification's
 * module, directly or through other model modules, or when its name is {@code MC} followed by
 * the specification's name.
 */
public final class ModelCatalog {

  private static final Pattern EXTENDS =
      Pattern.compile("\\bEXTENDS\\s+([A-Za-z0-9_]+(?:\\s*,\\s*[A-Za-z0-9_]+)*)");

  private final Path root;
  private final Manifest manifest;

  private ModelCatalog(Path root, Manifest manifest) {
    this.root = root;
    this.manifest = manifest;
  }

  /** Reads the manifest of the repository at {@code root}. */
  public static ModelCatalog open(Path root) throws CheckSetupException {
    Path manifestFile = root.resolve("model").resolve("manifest.tsv");
    if (!Files.isRegularFile(manifestFile)) {
      throw new CheckSetupException("no model manifest at " + manifestFile);
    }
    return new ModelCatalog(root, Manifest.read(manifestFile));
  }

  public Manifest manifest() {
    return manifest;
  }

  public Path specDirectory() {
    return root.resolve("spec");
  }

  public Path modelDirectory() {
    return root.resolve("model");
  }

  /** The files of a listed model; a missing file is an error naming it. */
  public ModelFiles files(ManifestEntry entry) throws CheckSetupException {
    ModelFiles files = ModelFiles.in(modelDirectory(), entry.model());
    for (Path file : List.of(files.module(), files.config())) {
      if (!Files.isRegularFile(file)) {
        throw new CheckSetupException("model/manifest.tsv line " + entry.line() + " lists "
            + entry.model() + ", but " + root.relativize(file) + " does not exist");
      }
    }
    return files;
  }

  /**
   * The models to run, in manifest order: with no names, those of the mode's kinds; with
   * names, each name's model (of any kind) or the mode's models of each named specification.
   */
  public List<ManifestEntry> select(boolean deep, List<String> names) throws CheckSetupException {
    List<ManifestEntry> inMode = manifest.entries().stream()
        .filter(entry -> deep ? entry.kind() == ModelKind.DEEP : entry.kind() != ModelKind.DEEP)
        .toList();
    if (names.isEmpty()) {
      return inMode;
    }
    Set<ManifestEntry> chosen = new LinkedHashSet<>();
    for (String name : names) {
      var exact = manifest.entry(name);
      if (exact.isPresent()) {
        chosen.add(exact.get());
        continue;
      }
      List<ManifestEntry> ofSpec = new ArrayList<>();
      for (ManifestEntry entry : inMode) {
        if (belongsToSpec(entry, name)) {
          ofSpec.add(entry);
        }
      }
      if (ofSpec.isEmpty()) {
        throw new CheckSetupException("'" + name + "' is neither a model in model/manifest.tsv nor "
            + "a specification with " + (deep ? "deep" : "ci or mutant") + " models; the models are: "
            + String.join(", ", manifest.entries().stream().map(ManifestEntry::model).toList()));
      }
      chosen.addAll(ofSpec);
    }
    return manifest.entries().stream().filter(chosen::contains).toList();
  }

  private boolean belongsToSpec(ManifestEntry entry, String spec) throws CheckSetupException {
    return entry.model().equals("MC" + spec) || extendsSpec(entry.model(), spec, new HashSet<>());
  }

  /** True when the model module {@code module} extends {@code spec}, directly or via models. */
  private boolean extendsSpec(String module, String spec, Set<String> visited)
      throws CheckSetupException {
    Path file = modelDirectory().resolve(module + ".tla");
    if (!visited.add(module) || !Files.isRegularFile(file)) {
      return false;
    }
    for (String extended : extendedModules(file)) {
      if (extended.equals(spec) || extendsSpec(extended, spec, visited)) {
        return true;
      }
    }
    return false;
  }

  /** The modules named in the first EXTENDS clause of {@code module}. */
  static List<String> extendedModules(Path module) throws CheckSetupException {
    String text;
    try {
      text = Files.readString(module, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CheckSetupException("cannot read " + module + ": " + e, e);
    }
    String withoutComments = text.replaceAll("(?s)\\(\\*.*?\\*\\)", " ").replaceAll("\\\\\\*[^\n]*", " ");
    Matcher matcher = EXTENDS.matcher(withoutComments);
    if (!matcher.find()) {
      return List.of();
    }
    String list = matcher.group(1);
    return list == null ? List.of() : List.of(list.split("\\s*,\\s*"));
  }
}
