package org.waymark.search;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.waymark.write.Output;

/**
 * The files of an index as they are made, each named by its content's hash: each is written at once unless the
 * last index had it, so that a large site's index is never all in memory.
 */
final class IndexFiles {
    final Set<String> names = new HashSet<>();
    private final Output out;
    private final Set<String> before;

    IndexFiles(Output out, Set<String> before) {
        this.out = out;
        this.before = before;
    }

    void put(String name, byte[] bytes) {
        if (names.add(name) && !before.contains(name)) out.write(name, bytes);
    }

    /** Keeps a file the last index wrote. */
    void keep(String name) {
        names.add(name);
    }

    /** The hash that names a file: the first 5 bytes of its SHA-256, in hex. */
    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes), 0, 5);
    }

    /** The first {@code characters} of the SHA-256 of {@code bytes}, in URL-safe Base64. */
    static String base64(byte[] bytes, int characters) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(bytes)).substring(0, characters);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
