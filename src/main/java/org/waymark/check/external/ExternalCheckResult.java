package org.waymark.check.external;

/**
 * What one external check did. Every count is of distinct addresses (fragments ignored), not of the
 * places they are written; {@code ok + warnings + errors == checked + fromCache}.
 *
 * @param checked addresses requested over the network in this run
 * @param fromCache addresses answered from the cache without a request
 * @param skipped addresses not checked: on the skip list, or not http(s) ({@code mailto:}, {@code tel:})
 * @param ok addresses that answered well
 * @param warnings addresses reported as warnings (moved permanently, refusing automated checks)
 * @param errors addresses reported as errors (not found, down, unreachable)
 */
public record ExternalCheckResult(int checked, int fromCache, int skipped, int ok, int warnings, int errors) {}
