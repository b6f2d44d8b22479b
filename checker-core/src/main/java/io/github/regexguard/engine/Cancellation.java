package io.github.regexguard.engine;

/**
 * Lets a file's analysis stop early once its time limit has passed. The engine interrupts the
 * worker of a file that ran out of time; long loops over a file's syntax tree call
 * {@link #checkpoint()}, which then unwinds the analysis of that file.
 */
public final class Cancellation {

  private Cancellation() {}

  /** Thrown by {@link #checkpoint()} in a worker whose file ran out of time. */
  public static final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CancelledException() {
      super("analysis cancelled", null, false, false);
    }
  }

  /** Throws {@link CancelledException} when the current file's analysis has been given up. */
  public static void checkpoint() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancelledException();
    }
  }
}
