package dev.lamina.cli.data;

import dev.lamina.runtime.data.Dataset;
import java.util.List;

/**
 * The images a checkpoint is evaluated or predicted on, prepared as its run prepared its data: an
 * {@code ArrayDataset} for IDX data, an {@code ImageFolder} for image folders.
 *
 * @param name {@code test} or {@code validation}
 * @param data the images and labels (or masks)
 * @param classNames the class names by class index
 */
public record EvaluationSet(String name, Dataset data, List<String> classNames) {}
