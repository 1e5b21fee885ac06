package org.govsim.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets people are given: keys that own branches, a class's join code and its instructor's secret. Only their
 * SHA-256 is kept; a secret is compared by its hash, in time that does not depend on where it differs.
 */
public final class Keys {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Letters and digits that read out loud without confusion (no 0/O, 1/I/L, U): 5 bits each. */
    private static final char[] CODE = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();

    private Keys() {
    }

    /** A new key: 128 random bits, URL-safe. */
    public static String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A join code of {@code length} characters, about 4.9 bits each (10 give 49 bits), easy to read out. */
    public static String newCode(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(CODE[RANDOM.nextInt(CODE.length)]);
        }
        return out.toString();
    }

    /** The owner a key stands for, as a branch stores it. */
    public static String owner(String key) {
        return "key:" + hash(key);
    }

    /** A secret's SHA-256, in hex. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether two hashes are the same, compared in constant time. */
    public static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8));
    }
}
