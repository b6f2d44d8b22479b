package io.github.regexguard.engine;

/**
 * Keeps the syntax trees being analysed at once within half of the heap, so that large files
 * wait for each other instead of running the JVM (possibly Maven's own) out of memory, and a file
 * too large for the heap is reported instead of failing the run.
 */
final class HeapBudget {

  /**
   * Heap bytes a parsed file holds per character of source: JavaParser keeps every token besides
   * the syntax tree (measured at about 120 on generated code, rounded up).
   */
  static final long BYTES_PER_CHAR = 150;

  private final long capacity;
  private long available;

  HeapBudget(long capacity) {
    this.capacity = capacity;
    this.available = capacity;
  }

  /** Half of the heap the JVM may grow to. */
  static HeapBudget ofHeap() {
    return new HeapBudget(Runtime.getRuntime().maxMemory() / 2);
  }

  /** The heap a file of {@code chars} characters needs while it is analysed. */
  static long need(long chars) {
    return chars * BYTES_PER_CHAR;
  }

  long capacity() {
    return capacity;
  }

  /** Whether a reservation of {@code bytes} can ever be granted. */
  boolean fits(long bytes) {
    return bytes <= capacity;
  }

  /**
   * Waits until {@code bytes} (which must {@link #fits fit}) are free and takes them; an interrupt
   * (the file ran out of time) cancels the wait.
   */
  synchronized void acquire(long bytes) {
    while (available < bytes) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        Cancellation.checkpoint();
      }
    }
    available -= bytes;
  }

  synchronized void release(long bytes) {
    available += bytes;
    notifyAll();
  }
}
