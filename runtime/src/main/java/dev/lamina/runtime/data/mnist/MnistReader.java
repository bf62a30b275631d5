package dev.lamina.runtime.data.mnist;

import dev.lamina.runtime.data.array.ArrayDataset;
import dev.lamina.runtime.data.idx.IdxArray;
import dev.lamina.runtime.data.idx.IdxFormatException;
import dev.lamina.runtime.data.idx.IdxReader;
import dev.lamina.runtime.data.idx.IdxType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reads the four IDX files of a directory and checks they hold an MNIST-family dataset. */
final class MnistReader {
  static final int SIDE = 28;

  private MnistReader() {}

  /** The file for {@code name} in {@code directory}: compressed if present, else uncompressed, else null. */
  static Path find(Path directory, String name) {
    Path compressed = directory.resolve(name);
    if (Files.isRegularFile(compressed)) {
      return compressed;
    }
    Path plain = directory.resolve(MnistFiles.uncompressed(name));
    return Files.isRegularFile(plain) ? plain : null;
  }

  static MnistData read(Path directory, List<String> classNames) throws IOException {
    ArrayDataset train = dataset(find(directory, MnistFiles.TRAIN_IMAGES), find(directory, MnistFiles.TRAIN_LABELS),
        classNames.size());
    ArrayDataset test = dataset(find(directory, MnistFiles.TEST_IMAGES), find(directory, MnistFiles.TEST_LABELS),
        classNames.size());
    return new MnistData(train, test, classNames, directory);
  }

  private static ArrayDataset dataset(Path imageFile, Path labelFile, int classCount) throws IOException {
    IdxArray images = IdxReader.read(imageFile);
    int[] dims = images.dims();
    if (images.type() != IdxType.UNSIGNED_BYTE || dims.length != 3 || dims[1] != SIDE || dims[2] != SIDE) {
      throw new IdxFormatException(images.source(), "expected images [n, 28, 28] of UNSIGNED_BYTE, found "
          + Arrays.toString(dims) + " of " + images.type());
    }
    IdxArray labels = IdxReader.read(labelFile);
    if (labels.type() != IdxType.UNSIGNED_BYTE || labels.dims().length != 1) {
      throw new IdxFormatException(labels.source(), "expected labels [n] of UNSIGNED_BYTE, found "
          + Arrays.toString(labels.dims()) + " of " + labels.type());
    }
    if (labels.length() != dims[0]) {
      throw new IdxFormatException(labels.source(), "holds " + labels.length() + " labels but "
          + images.source() + " holds " + dims[0] + " images");
    }
    int[] classes = labels.toInts();
    for (int i = 0; i < classes.length; i++) {
      if (classes[i] >= classCount) {
        throw new IdxFormatException(labels.source(), "label " + classes[i] + " of example " + i
            + " is outside 0.." + (classCount - 1));
      }
    }
    return ArrayDataset.of(images.toFloats(), new int[] {SIDE, SIDE, 1}, classes, classCount);
  }
}
