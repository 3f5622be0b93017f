package org.observa.domain.pollingstation;

/** The answers to a form version in one division: at its own stations and those of every division under it. */
public record DivisionFormCounts(String divisionId, FormCounts counts) {
}
