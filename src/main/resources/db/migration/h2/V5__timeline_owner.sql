-- Who may rename or delete a branch besides the server's administrator: an opaque owner (for a branch made in a
-- browser, "key:" and the SHA-256 of the key its maker was given). Empty for history and for branches made on the
-- command line or before owners were kept: those only the machine's own user and the administrator may change.
ALTER TABLE govsim_timeline ADD COLUMN owner VARCHAR(100);
