package dev.lamina.runtime.plot;

import dev.lamina.runtime.io.AtomicFiles;
import dev.lamina.runtime.metric.MetricKey;
import dev.lamina.runtime.train.History;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A learning-curve chart of a {@link History}, like the tutorial's
 * {@code pd.DataFrame(history.history).plot(figsize=(8, 5)); plt.grid(True); plt.gca().set_ylim(0, 1)}:
 * every figure as a line over the epochs, with a grid, 800 x 500 pixels, the y axis from 0 to 1
 * when all values lie in [0, 1] (losses and accuracies of a trained classifier), otherwise from 0
 * (or the lowest value, if negative) to the highest value rounded up.
 */
public final class LearningCurves {
  private final History history;
  private String title = "Learning curves";
  private int width = 800;
  private int height = 500;
  private double[] yRange;

  private LearningCurves(History history) {
    this.history = history;
  }

  /** A chart of {@code history}. */
  public static LearningCurves of(History history) {
    return new LearningCurves(Objects.requireNonNull(history, "history"));
  }

  /** The chart's title (default "Learning curves"). */
  public LearningCurves title(String title) {
    this.title = Objects.requireNonNull(title, "title");
    return this;
  }

  /**
   * The image size in pixels (default 800 x 500, the tutorial's 8 x 5 inches).
   *
   * @throws IllegalArgumentException if a side is not positive
   */
  public LearningCurves size(int width, int height) {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("chart size must be positive, got " + width + " x " + height);
    }
    this.width = width;
    this.height = height;
    return this;
  }

  /**
   * A fixed y range, like {@code plt.gca().set_ylim(min, max)}.
   *
   * @throws IllegalArgumentException unless {@code min < max}, both finite
   */
  public LearningCurves yRange(double min, double max) {
    if (!(min < max) || Double.isInfinite(min) || Double.isInfinite(max)) {
      throw new IllegalArgumentException("the y range needs finite min < max, got " + min + ", " + max);
    }
    this.yRange = new double[] {min, max};
    return this;
  }

  /** The chart, for further styling or display. */
  public XYChart chart() {
    XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle("epoch").build();
    chart.getStyler().setPlotGridLinesVisible(true);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
    List<MetricKey> keys = history.keys();
    if (history.size() == 0 || keys.isEmpty()) {
      throw new IllegalStateException("the history is empty: no epoch ran, nothing to plot");
    }
    double[] epochs = history.epochs().stream().mapToDouble(Integer::doubleValue).toArray();
    double lowest = 0;
    double highest = Double.NEGATIVE_INFINITY;
    for (MetricKey key : keys) {
      double[] values = history.values(key);
      chart.addSeries(key.logName(), epochs, values).setMarker(SeriesMarkers.CIRCLE);
      for (double v : values) {
        if (Double.isFinite(v)) {
          lowest = Math.min(lowest, v);
          highest = Math.max(highest, v);
        }
      }
    }
    double[] range = yRange != null ? yRange
        : new double[] {Math.floor(lowest), highest <= 1 ? 1 : Math.ceil(highest)};
    chart.getStyler().setYAxisMin(range[0]);
    chart.getStyler().setYAxisMax(range[1]);
    return chart;
  }

  /**
   * Renders the chart as a PNG, written atomically.
   *
   * @throws IOException if the file cannot be written; an existing file is left intact
   * @throws IllegalStateException if the history has no epochs
   */
  public void writePng(Path file) throws IOException {
    byte[] png = BitmapEncoder.getBitmapBytes(chart(), BitmapEncoder.BitmapFormat.PNG);
    AtomicFiles.write(file, png);
  }
}
