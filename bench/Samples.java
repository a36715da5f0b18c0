import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The CPU samples of a Java Flight Recorder file by method: for each method, the share of samples with it on
 * the stack (its own time and what it calls). Shares compare across builds where seconds do not.
 *
 *   java Samples.java RECORDING.jfr [HOW_MANY] [ONLY_UNDER]
 */
public class Samples {
    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        String under = args.length > 2 ? args[2] : null;
        Map<String, Integer> inclusive = new HashMap<>();
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) continue;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (under != null && frames.stream().noneMatch(f -> name(f).equals(under))) continue;
            total++;
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) if (seen.add(name(f))) inclusive.merge(name(f), 1, Integer::sum);
        }
        System.out.printf("%d samples%s%n", total, under == null ? "" : " under " + under);
        int all = total;
        // the threads' and streams' own frames are on every stack and say nothing
        inclusive.keySet().removeIf(n -> n.startsWith("java.util.stream.") || n.startsWith("java.util.concurrent.") || n.contains("$$Lambda")
                || n.contains("Spliterator"));
        inclusive.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
                .forEach(m -> System.out.printf("%7d %5.1f%%  %s%n", m.getValue(), 100.0 * m.getValue() / all, m.getKey()));
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
