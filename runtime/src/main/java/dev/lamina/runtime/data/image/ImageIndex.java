package dev.lamina.runtime.data.image;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The class folders of an image tree, sorted by name, and their image files (searched recursively,
 * sorted by path), as Keras's {@code image_dataset_from_directory} lists them.
 *
 * @param folders the class folders' names; a class's index is its position here
 * @param files every image file with its class index, class after class
 */
record ImageIndex(List<String> folders, List<ImageFile> files) {
  /** The file extensions taken as images (any case), Keras's list. */
  static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "bmp", "gif");

  static ImageIndex scan(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new NotDirectoryException(root + " (expected a directory with one sub-directory per class, e.g."
          + " training/n0/*.jpg, training/n1/*.jpg)");
    }
    List<String> folders;
    try (Stream<Path> children = Files.list(root)) {
      folders = children.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith("."))
          .sorted()
          .toList();
    }
    if (folders.isEmpty()) {
      throw new IOException(root + " has no sub-directories: an image folder holds one sub-directory per"
          + " class, named after the class, with that class's images inside");
    }
    List<ImageFile> files = new ArrayList<>();
    for (int label = 0; label < folders.size(); label++) {
      int classIndex = label;
      try (Stream<Path> tree = Files.walk(root.resolve(folders.get(label)), FileVisitOption.FOLLOW_LINKS)) {
        tree.filter(Files::isRegularFile).filter(ImageIndex::isImage).sorted()
            .forEach(file -> files.add(new ImageFile(file, classIndex)));
      }
    }
    if (files.isEmpty()) {
      throw new IOException("the class directories of " + root + " " + folders + " hold no images (files"
          + " ending in " + EXTENSIONS.stream().sorted().toList() + ")");
    }
    return new ImageIndex(folders, List.copyOf(files));
  }

  private static boolean isImage(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
