package org.waymark.model;

import java.util.List;
import java.util.Optional;
import org.waymark.diag.Pos;

/**
 * What one report round says about one action. A note without a status keeps the status before it.
 *
 * @param done titles of the action's milestones done in this round
 */
public record Update(String ref, Optional<Status> status, String note, List<String> done, Pos pos) {
    public Update {
        done = List.copyOf(done);
    }
}
