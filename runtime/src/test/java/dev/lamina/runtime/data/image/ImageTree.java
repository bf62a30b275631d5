package dev.lamina.runtime.data.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Writes test images: solid colours of odd sizes, as PNG or JPEG, RGB, RGBA, 8- and 16-bit gray. */
final class ImageTree {
  private ImageTree() {}

  static Path rgb(Path file, int width, int height, Color color, String format) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    fill(image, color);
    return write(image, format, file);
  }

  static Path rgba(Path file, int width, int height, Color color) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    fill(image, color);
    return write(image, "png", file);
  }

  static Path gray(Path file, int width, int height, int value, String format) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    int[] samples = new int[width * height];
    Arrays.fill(samples, value);
    image.getRaster().setSamples(0, 0, width, height, 0, samples);
    return write(image, format, file);
  }

  static Path gray16(Path file, int width, int height, int value) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_USHORT_GRAY);
    int[] samples = new int[width * height];
    Arrays.fill(samples, value);
    image.getRaster().setSamples(0, 0, width, height, 0, samples);
    return write(image, "png", file);
  }

  /** Left half {@code left}, right half {@code right}: to see that resizing keeps the layout. */
  static Path halves(Path file, int width, int height, Color left, Color right) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(left);
    g.fillRect(0, 0, width / 2, height);
    g.setColor(right);
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    return write(image, "png", file);
  }

  /** A PNG cut in half: its header reads, its pixel data does not. */
  static Path truncatedPng(Path file) throws IOException {
    rgb(file, 30, 30, Color.ORANGE, "png");
    byte[] bytes = Files.readAllBytes(file);
    return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
  }

  private static void fill(BufferedImage image, Color color) {
    Graphics2D g = image.createGraphics();
    g.setComposite(java.awt.AlphaComposite.Src);
    g.setColor(color);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.dispose();
  }

  private static Path write(BufferedImage image, String format, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    if (!ImageIO.write(image, format, file.toFile())) {
      throw new IOException("no " + format + " writer for image type " + image.getType());
    }
    return file;
  }
}
