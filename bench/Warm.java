import java.nio.file.Path;
import java.time.LocalDate;
import org.waymark.build.Build;

/**
 * Builds one site again and again in one JVM, for a profile of a warm build (bench/profile.sh): after the
 * first builds the compiler has done its work, and what is left is Waymark's and its libraries' own.
 *
 *   java -cp target/waymark.jar:CLASSES Warm SITE BUILDS
 */
public class Warm {
    public static void main(String[] args) {
        int builds = Integer.parseInt(args[1]);
        for (int i = 1; i <= builds; i++) {
            long start = System.nanoTime();
            Build.Result result = Build.run(Build.Options.of(Path.of(args[0]), LocalDate.now()));
            System.err.printf("build %d: %s, %d ms%n", i, result.ok() ? "ok" : "FAILED", (System.nanoTime() - start) / 1_000_000);
            if (!result.ok()) System.exit(1);
        }
    }
}
