package org.govsim.web;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.govsim.app.Keys;
import org.govsim.scenario.InputException;

/**
 * Branches made through the web have owners. Whoever forks sends their key in the {@value #HEADER} header, or is given
 * a new random one in the fork's answer (a browser keeps it and sends it from then on); renaming or deleting a branch
 * takes its owner's key, or the admin token. The store keeps only the key's SHA-256, as the branch's owner. Branches
 * made on the command line have no owner: the machine's own user changes them (on loopback), or the administrator.
 */
final class OwnerKeys {

    static final String HEADER = "Govsim-Owner-Key";
    /** Long enough not to be guessed: a key of 16 random bytes is 22 characters. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{22,64}");

    private OwnerKeys() {
    }

    /** The key a request brings, checked, or null when it brings none. */
    static String given(String header) {
        if (header == null) {
            return null;
        }
        if (!KEY.matcher(header).matches()) {
            throw InputException.request(HEADER, "an owner key is 22 to 64 letters, digits, '-' or '_' (the one a "
                    + "fork answered with)");
        }
        return header;
    }

    /** A new key: 128 random bits. */
    static String newKey() {
        return Keys.newKey();
    }

    /** The owner a key stands for, as stored. */
    static String owner(String key) {
        return Keys.owner(key);
    }

    /**
     * Whether a request with this key may change a branch of this owner: the administrator may change any, anyone the
     * guard let through may change one without an owner, and an owner's key opens their own.
     */
    static boolean mayChange(HttpServletRequest request, String key, String owner) {
        if (Guard.isAdmin(request) || owner == null) {
            return true;
        }
        return key != null && Keys.same(owner(key), owner);
    }
}
