package org.waymark.model;

import java.time.LocalDate;
import java.util.Optional;
import org.waymark.diag.Pos;

/**
 * A milestone of an action. Real plans leave dates out ("date to be determined"), so both dates are optional.
 *
 * @param due when it is due, if the plan says
 * @param done the day it was done, when the plan itself records it (reports may also list it as done)
 */
public record Milestone(String title, Optional<Due> due, Optional<LocalDate> done, Pos pos) {}
