package dev.lamina.spark.tools;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.TaskInfo;

/**
 * Spark's own view of the training steps (benchmark diagnostics): per job, the time from submission
 * to the first task's launch and from the last task's end to the job's end; per task, Spark's task
 * metrics (deserialization, run and CPU time, GC, result serialization and size) and where it ran.
 */
final class TaskMetricsListener extends SparkListener {
  private final Map<Integer, Long> jobStart = new HashMap<>();
  private final Map<Integer, long[]> jobTasks = new HashMap<>(); // first launch, last finish
  private final Map<String, Long> locality = new TreeMap<>();
  private long jobs;
  private long jobWall;
  private long toFirstLaunch;
  private long afterLastFinish;
  private long tasks;
  private long duration;
  private long deserialize;
  private long run;
  private long cpuNanos;
  private long gc;
  private long resultSerialization;
  private long gettingResult;
  private long resultSize;
  private volatile boolean on;

  synchronized void start() {
    on = true;
  }

  synchronized void stop() {
    on = false;
  }

  @Override
  public synchronized void onJobStart(SparkListenerJobStart e) {
    jobStart.put(e.jobId(), e.time());
    jobTasks.put(e.jobId(), new long[] {Long.MAX_VALUE, 0});
  }

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd e) {
    TaskInfo info = e.taskInfo();
    TaskMetrics m = e.taskMetrics();
    for (long[] t : jobTasks.values()) { // one job runs at a time
      t[0] = Math.min(t[0], info.launchTime());
      t[1] = Math.max(t[1], info.finishTime());
    }
    if (!on || m == null) {
      return;
    }
    tasks++;
    duration += info.finishTime() - info.launchTime();
    deserialize += m.executorDeserializeTime();
    run += m.executorRunTime();
    cpuNanos += m.executorCpuTime();
    gc += m.jvmGCTime();
    resultSerialization += m.resultSerializationTime();
    gettingResult += info.gettingResultTime() == 0 ? 0 : info.finishTime() - info.gettingResultTime();
    resultSize += m.resultSize();
    locality.merge(info.taskLocality() + "@executor" + info.executorId(), 1L, Long::sum);
  }

  @Override
  public synchronized void onJobEnd(SparkListenerJobEnd e) {
    Long started = jobStart.remove(e.jobId());
    long[] t = jobTasks.remove(e.jobId());
    if (!on || started == null || t == null || t[1] == 0) {
      return;
    }
    jobs++;
    jobWall += e.time() - started;
    toFirstLaunch += t[0] - started;
    afterLastFinish += e.time() - t[1];
  }

  synchronized String report() {
    if (jobs == 0 || tasks == 0) {
      return "spark listener: no jobs recorded";
    }
    return String.format("spark listener, %d jobs: job %.1f ms (submission to first task launch %.1f ms, last task end"
        + " to job end %.1f ms); %d tasks: launch to end %.1f ms = deserialize %.1f + run %.1f (CPU %.1f, GC %.1f)"
        + " + result serialization %.1f + rest %.1f; getting result %.1f ms, result %.0f bytes; %s",
        jobs, (double) jobWall / jobs, (double) toFirstLaunch / jobs, (double) afterLastFinish / jobs, tasks,
        (double) duration / tasks, (double) deserialize / tasks, (double) run / tasks, cpuNanos / 1e6 / tasks,
        (double) gc / tasks, (double) resultSerialization / tasks,
        (double) (duration - deserialize - run - resultSerialization) / tasks, (double) gettingResult / tasks,
        (double) resultSize / tasks, locality);
  }
}
