package dev.lamina.summary;

import java.util.Locale;

/** Renders a {@link ModelSummary} in the layout of Keras's {@code model.summary()}. */
final class SummaryTable {
  private static final String[] HEADERS = {"Layer (type)", "Output Shape", "Param #", "MACs"};
  private static final int[] MIN_WIDTHS = {29, 26, 10, 13};

  private final ModelSummary summary;
  private final int[] widths;

  SummaryTable(ModelSummary summary) {
    this.summary = summary;
    this.widths = MIN_WIDTHS.clone();
    for (LayerSummary layer : summary.layers()) {
      String[] cells = cells(layer);
      // Two spaces between columns; the first column also holds the leading space.
      widths[0] = Math.max(widths[0], cells[0].length() + 3);
      for (int i = 1; i < cells.length; i++) {
        widths[i] = Math.max(widths[i], cells[i].length() + 2);
      }
    }
  }

  String render() {
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    String thin = "_".repeat(total);
    String thick = "=".repeat(total);
    StringBuilder sb = new StringBuilder();
    sb.append("Model: \"").append(summary.name()).append("\"\n");
    sb.append(thin).append('\n');
    row(sb, HEADERS);
    sb.append(thick).append('\n');
    // As Keras: every row, the last one included, is followed by a blank line.
    for (LayerSummary layer : summary.layers()) {
      row(sb, cells(layer));
      sb.append('\n');
    }
    sb.append(thick).append('\n');
    sb.append("Total params: ").append(ModelSummary.countWithSize(summary.totalParams())).append('\n');
    sb.append("Trainable params: ").append(ModelSummary.countWithSize(summary.trainableParams())).append('\n');
    sb.append("Non-trainable params: ").append(ModelSummary.countWithSize(summary.nonTrainableParams())).append('\n');
    sb.append("MACs per example: ").append(ModelSummary.count(summary.macs())).append('\n');
    sb.append(thin).append('\n');
    return sb.toString();
  }

  private static String[] cells(LayerSummary layer) {
    return new String[] {
      layer.name() + " (" + layer.type() + ")",
      layer.kerasShape(),
      layer.params() == ModelSummary.TOO_LARGE ? ModelSummary.count(layer.params()) : Long.toString(layer.params()),
      ModelSummary.count(layer.macs())
    };
  }

  private void row(StringBuilder sb, String[] cells) {
    StringBuilder line = new StringBuilder(" ");
    for (int i = 0; i < cells.length; i++) {
      int width = i == 0 ? widths[i] - 1 : widths[i];
      line.append(pad(cells[i], width));
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
