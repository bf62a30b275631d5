package dev.lamina.runtime.data.image;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The class folders of an image tree, sorted by name, and their image files (searched recursively,
 * following symbolic links, sorted by path), as Keras's {@code image_dataset_from_directory} lists
 * them.
 *
 * <p>Hidden entries, whose names start with {@code .}, are ignored at every level: hidden class
 * folders, hidden folders inside a class folder, and hidden files such as macOS's {@code .DS_Store}
 * and its AppleDouble companions {@code ._a.png}, which carry an image's extension but hold no
 * image. Symbolic links that lead nowhere and links that loop back to a folder above them are left
 * out too, the loops with a warning naming the link.
 *
 * @param folders the class folders' names; a class's index is its position here
 * @param files every image file with its class index, class after class
 */
record ImageIndex(List<String> folders, List<ImageFile> files) {
  private static final Logger LOG = LoggerFactory.getLogger(ImageIndex.class);

  /** The file extensions taken as images (any case), Keras's list. */
  static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "bmp", "gif");

  /**
   * @param classFolders the class folders to use, in class order (e.g. the training folder's for a
   *     validation folder), or null for the sorted sub-directories
   * @throws IOException as {@link ImageFolder.Builder#build()} says, and if a sub-directory is not one
   *     of {@code classFolders}
   */
  static ImageIndex scan(Path root, List<String> classFolders) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new NotDirectoryException(root + " (expected a directory with one sub-directory per class, e.g."
          + " training/n0/*.jpg, training/n1/*.jpg)");
    }
    List<String> found;
    try (Stream<Path> children = Files.list(root)) {
      found = children.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(name -> !isHidden(name))
          .sorted()
          .toList();
    }
    if (classFolders != null) {
      List<String> unknown = found.stream().filter(f -> !classFolders.contains(f)).toList();
      if (!unknown.isEmpty()) {
        throw new IOException(root + " has class folders " + unknown + " that are not among the classes "
            + classFolders + " (the training data's); remove them, or train on data with these classes");
      }
    }
    List<String> folders = classFolders != null ? List.copyOf(classFolders) : found;
    if (folders.isEmpty() || found.isEmpty()) {
      throw new IOException(root + " has no sub-directories: an image folder holds one sub-directory per"
          + " class, named after the class, with that class's images inside");
    }
    List<ImageFile> files = new ArrayList<>();
    for (int label = 0; label < folders.size(); label++) {
      int classIndex = label;
      Path folder = root.resolve(folders.get(label));
      if (Files.isDirectory(folder)) {
        images(folder).forEach(file -> files.add(new ImageFile(file, classIndex)));
      }
    }
    if (files.isEmpty()) {
      throw new IOException("the class directories of " + root + " " + folders + " hold no images (files"
          + " ending in " + EXTENSIONS.stream().sorted().toList() + ")");
    }
    return new ImageIndex(folders, List.copyOf(files));
  }

  /** The image files under {@code folder}, at any depth, sorted by path. */
  private static List<Path> images(Path folder) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return dir.equals(folder) || !isHidden(dir.getFileName().toString())
                ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            // A dangling link arrives with the link's own attributes: not a regular file.
            if (attrs.isRegularFile() && isImage(file)) {
              found.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof FileSystemLoopException) {
              LOG.warn("Ignoring {}: a symbolic link to a folder that contains it (a loop)", file);
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }
        });
    found.sort(null);
    return found;
  }

  private static boolean isHidden(String name) {
    return name.startsWith(".");
  }

  private static boolean isImage(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return !isHidden(name) && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
