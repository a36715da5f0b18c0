package org.waymark.build;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/**
 * How long each stage of a build took, printed to standard error when the environment variable WAYMARK_TIMINGS is
 * set: for the benchmark and for profiling, not for editors.
 */
final class Timings {
    private final boolean on = System.getenv("WAYMARK_TIMINGS") != null;
    private final StringBuilder report = new StringBuilder();
    private long last;
    private long lastCpu;

    Timings(long start) {
        this.last = start;
        if (on) {
            // the management beans take a few tens of milliseconds to start: only when the timings are asked for
            lastCpu = cpu();
            long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
            report.append(String.format("%8d ms  %8.0f ms CPU  %s%n", uptime, lastCpu / 1e6, "start the JVM, read the command"));
        }
    }

    /** The CPU time of the whole process so far, every thread (the compiler's and collector's too). */
    private static long cpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    void mark(String stage) {
        if (!on) return;
        long now = System.nanoTime();
        long cpu = cpu();
        report.append(String.format("%8.0f ms  %8.0f ms CPU  %s%n", (now - last) / 1e6, (cpu - lastCpu) / 1e6, stage));
        last = now;
        lastCpu = cpu;
    }

    void print() {
        if (on) System.err.print(report);
    }
}
