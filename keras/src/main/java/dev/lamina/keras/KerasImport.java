package dev.lamina.keras;

import dev.lamina.keras.config.KerasModel;
import dev.lamina.keras.config.KerasModels;
import dev.lamina.keras.file.KerasFile;
import dev.lamina.keras.file.KerasFiles;
import dev.lamina.keras.generate.InterfaceGenerator;
import dev.lamina.keras.mapping.MappedModel;
import dev.lamina.keras.mapping.ModelMapper;
import dev.lamina.keras.mapping.PlacedLayer;
import dev.lamina.runtime.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * From a Keras model file to the annotated Lamina interface that declares the same network: what
 * {@code lamina keras-import model.h5 --package com.example --name FashionCnn --output src/main/java}
 * runs.
 *
 * <p>Reads Keras 2 HDF5 model files ({@code model.save("x.h5")}, {@code ModelCheckpoint}) and Keras 3
 * {@code .keras} archives: Sequential models and Functional models with one image input whose layers
 * form a chain. Each Keras layer becomes one annotated method, named after the Keras layer (as a Java
 * identifier), with Keras's settings as the annotation's attributes and defaults left out;
 * {@code @Network(params = ...)} asserts the file's parameter count, so {@code javac} proves that the
 * declaration holds the file's weights. Load them with {@link KerasWeights#load}.
 *
 * <p>Keras settings that affect training only (regularizers, constraints, initializers Lamina lacks)
 * are left out and listed in the layer's javadoc and in {@link ImportedInterface#notes()}. A layer
 * class or setting that would change what the network computes and that Lamina lacks
 * ({@code data_format="channels_first"}, {@code groups}, an activation such as {@code gelu}, a merge
 * layer) is an {@link UnsupportedKerasModelException}, and nothing is written.
 */
public final class KerasImport {
  private KerasImport() {}

  /**
   * Generates the interface and writes it to {@code outputDirectory/<package as folders>/<name>.java},
   * atomically (a failure leaves no file, and an existing file is replaced whole).
   *
   * @param kerasFile a Keras 2 {@code .h5} model file or a Keras 3 {@code .keras} archive
   * @param packageName the interface's package, e.g. {@code com.example} (empty for the unnamed package)
   * @param interfaceName the interface's simple name, e.g. {@code FashionCnn}; Lamina generates
   *     {@code Lamina<interfaceName>} from it
   * @param outputDirectory the source root, e.g. {@code src/main/java}
   * @throws KerasFormatException if the file is not a readable Keras file (see {@link KerasFiles#read}) or
   *     holds weights only (a {@code save_weights} file has no architecture to declare)
   * @throws UnsupportedKerasModelException if the model has a layer or setting Lamina lacks, or more
   *     than one input
   * @throws IllegalArgumentException if the package or interface name is not valid Java
   * @throws IOException if the file cannot be read or the source cannot be written
   */
  public static ImportedInterface writeInterface(Path kerasFile, String packageName, String interfaceName,
      Path outputDirectory) throws IOException {
    ImportedInterface generated = generate(kerasFile, packageName, interfaceName);
    Path target = outputDirectory;
    if (!packageName.isEmpty()) {
      for (String part : packageName.split("\\.")) {
        target = target.resolve(part);
      }
    }
    target = target.resolve(interfaceName + ".java");
    AtomicFiles.write(target, generated.source().getBytes(StandardCharsets.UTF_8));
    return new ImportedInterface(generated.qualifiedName(), generated.source(), generated.layers(), generated.params(),
        generated.notes(), Optional.of(target));
  }

  /**
   * Generates the interface without writing it.
   *
   * @throws KerasFormatException, UnsupportedKerasModelException, IllegalArgumentException, IOException as
   *     {@link #writeInterface}
   */
  public static ImportedInterface generate(Path kerasFile, String packageName, String interfaceName)
      throws IOException {
    KerasFile file = KerasFiles.read(kerasFile);
    String source = file.path().toString();
    if (file.configJson().isEmpty()) {
      throw new KerasFormatException(source + " is a " + file.format() + " file: it holds weights but no"
          + " architecture to declare. Import the model file (model.save) instead, or declare the network by hand"
          + " and load these weights with KerasWeights.load");
    }
    KerasModel model = KerasModels.parse(file.configJson().get(), source);
    MappedModel mapped = ModelMapper.map(model, source);
    long params = file.weights().valueCount();
    String origin = "a " + file.format() + file.kerasVersion().map(v -> " written by Keras " + v).orElse("");
    String text = InterfaceGenerator.generate(mapped, origin, file.fileName(), packageName, interfaceName, params);
    List<String> notes = new ArrayList<>();
    for (PlacedLayer p : mapped.layers()) {
      for (String note : p.layer().notes()) {
        notes.add(p.layer().keras().describe() + ": " + note);
      }
    }
    String qualified = packageName.isEmpty() ? interfaceName : packageName + "." + interfaceName;
    return new ImportedInterface(qualified, text, mapped.layers().size(), params, notes, Optional.empty());
  }
}
