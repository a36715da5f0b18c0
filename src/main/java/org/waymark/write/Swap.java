package org.waymark.write;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Exchanges two folders in one system call, so that neither name is ever missing: Linux's {@code renameat2} with
 * {@code RENAME_EXCHANGE} (Linux 3.15 and later, on the usual local file systems), called through JNA. Where the
 * system or the file system cannot, {@link #exchange} says so and the caller falls back to two renames.
 */
final class Swap {
    private static final int AT_FDCWD = -100;
    private static final int RENAME_EXCHANGE = 2;
    /** errno values that mean "this system or file system cannot exchange": EINVAL, ENOSYS, EOPNOTSUPP. */
    private static final Set<Integer> UNSUPPORTED = Set.of(22, 38, 95);

    private Swap() {}

    /** The C library's renameat2, as JNA maps it. */
    interface C extends Library {
        int renameat2(int olddirfd, String oldpath, int newdirfd, String newpath, int flags) throws LastErrorException;
    }

    /** The C library, loaded on first use; null where there is none to load (not Linux, JNA cannot load). */
    private static final class Lib {
        static final C C = load();

        private static C load() {
            if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) return null;
            try {
                return Native.load("c", C.class);
            } catch (LinkageError | RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * Loads the C library on a thread of its own (JNA takes a tenth of a second or more to start), so that the swap at
     * the end of a build does not wait for it.
     */
    static void prepare() {
        Thread thread = new Thread(() -> {
            if (Lib.C == null) return; // loaded, or found missing: either way known before the swap
        }, "waymark-swap");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Exchanges {@code a} and {@code b}, both existing folders on the same file system.
     *
     * @return false, having changed nothing, when the system cannot exchange them in one step
     * @throws IOException when it could, but the exchange failed (nothing changed either)
     */
    static boolean exchange(Path a, Path b) throws IOException {
        C c = Lib.C;
        if (c == null) return false;
        try {
            c.renameat2(AT_FDCWD, a.toString(), AT_FDCWD, b.toString(), RENAME_EXCHANGE);
            return true;
        } catch (LastErrorException e) {
            if (UNSUPPORTED.contains(e.getErrorCode())) return false;
            throw new IOException("cannot exchange " + a + " and " + b + ": " + e.getMessage());
        } catch (UnsatisfiedLinkError e) {
            return false; // a C library without renameat2 (glibc before 2.28, some others)
        }
    }
}
