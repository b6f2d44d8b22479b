package io.github.regexguard.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one task per file on worker threads and gives each file at most a time limit.
 *
 * <p>The limit is on the processor time of the file's worker, so that a busy machine (a shared CI
 * runner, N threads on fewer cores) does not time files out that would pass on an idle one; a
 * file that is stuck without computing (a blocked read) is given up after {@value #WALL_FACTOR}
 * times the limit of wall time.
 *
 * <p>A worker whose file runs out of time is interrupted and abandoned: the file gets the
 * time-out outcome, a fresh worker takes the abandoned one's place, and the abandoned thread
 * stops at its next {@link Cancellation#checkpoint()} (or when its file is done) without taking
 * another file. So one pathological file never stalls the run, and no thread outlives its file.
 *
 * <p>Workers run even when one thread is asked for, so that a file behaves the same with 1 and N
 * threads. They have a large stack: JavaParser parses recursively, one chain of about twenty
 * frames per nesting level, so deeply nested code needs far more than the default stack. The
 * stack is reserved address space; a thread touches only the part its files need.
 */
final class FileWorkers<T> {

  static final long STACK_BYTES = 256L * 1024 * 1024;
  static final int WALL_FACTOR = 6;
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** The work for each file, by index. */
  interface FileTask<T> {
    /** The file's outcome; must not throw (failures are outcomes too). */
    T analyze(int index);

    /** The outcome of a file that ran out of time. */
    T timedOut(int index);
  }

  private final int threads;
  private final long limitNanos;
  private final FileTask<T> task;
  private final Object lock = new Object();
  private final List<Worker> workers = new ArrayList<>();
  private Object[] results = new Object[0];
  private int next;
  private int done;
  private Throwable failure;
  private int started;

  FileWorkers(int threads, Duration limit, FileTask<T> task) {
    this.threads = Math.max(1, threads);
    this.limitNanos = limit.compareTo(Duration.ofDays(365)) > 0 ? Duration.ofDays(365).toNanos() : limit.toNanos();
    this.task = task;
  }

  /** The outcomes of files {@code 0..count-1}, in that order. */
  @SuppressWarnings("unchecked")
  List<T> run(int count) {
    synchronized (lock) {
      results = new Object[count];
      next = 0;
      done = 0;
      for (int i = 0; i < Math.min(threads, count); i++) {
        startWorker();
      }
      try {
        while (true) {
          if (failure != null) {
            throw new IllegalStateException("analysis failed", failure);
          }
          long waitMillis = abandonOverdue();
          if (done == count) {
            break;
          }
          lock.wait(waitMillis);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("analysis interrupted", e);
      } finally {
        if (done < count) {
          new ArrayList<>(workers).forEach(this::abandon);
        }
      }
      return (List<T>) Arrays.asList(results.clone());
    }
  }

  /** Gives up the files that ran out of time; returns how long to wait before looking again, in ms. */
  private long abandonOverdue() {
    long now = System.nanoTime();
    long wait = limitNanos;
    for (Worker worker : new ArrayList<>(workers)) {
      if (worker.current < 0) {
        continue;
      }
      long wall = now - worker.startedNanos;
      long cpu = worker.cpuNanos();
      long left = Math.min(WALL_FACTOR * limitNanos - wall, cpu < 0 ? limitNanos - wall : limitNanos - cpu);
      if (left <= 0) {
        results[worker.current] = task.timedOut(worker.current);
        done++;
        abandon(worker);
        if (next < results.length) {
          startWorker();
        }
      } else {
        wait = Math.min(wait, left);
      }
    }
    return Math.max(1, (wait + 999_999) / 1_000_000);
  }

  private void abandon(Worker worker) {
    worker.abandoned = true;
    workers.remove(worker);
    worker.thread.interrupt();
  }

  private void startWorker() {
    Worker worker = new Worker();
    worker.thread = new Thread(null, worker, "regexguard-worker-" + ++started, STACK_BYTES);
    worker.thread.setDaemon(true);
    workers.add(worker);
    worker.thread.start();
  }

  /** Takes files one at a time until none are left or its file runs out of time. */
  private final class Worker implements Runnable {
    Thread thread;
    int current = -1;
    long startedNanos;
    long startedCpuNanos = -1;
    boolean abandoned;

    /** Processor time spent on the current file, or -1 where the JVM cannot tell. */
    long cpuNanos() {
      if (startedCpuNanos < 0) {
        return -1;
      }
      long now = CPU.getThreadCpuTime(thread.getId());
      return now < 0 ? -1 : now - startedCpuNanos;
    }

    @Override
    public void run() {
      while (true) {
        int index;
        synchronized (lock) {
          if (abandoned || next >= results.length) {
            workers.remove(this);
            return;
          }
          index = next++;
          current = index;
          startedNanos = System.nanoTime();
          startedCpuNanos = CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : -1;
        }
        T result = null;
        Throwable thrown = null;
        try {
          result = task.analyze(index);
        } catch (Throwable t) { // a task must not throw; if one does, the run fails loudly
          thrown = t;
        }
        synchronized (lock) {
          if (abandoned) {
            return;
          }
          current = -1;
          if (thrown != null) {
            failure = thrown;
          } else {
            results[index] = result;
            done++;
          }
          lock.notifyAll();
        }
      }
    }
  }
}
