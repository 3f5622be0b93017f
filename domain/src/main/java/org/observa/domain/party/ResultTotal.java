package org.observa.domain.party;

/**
 * The published totals of an area, nationally ({@code divisionId} null) or of one division. Its valid
 * votes are what vote shares are computed against, so that a table listing only some parties still gives
 * their true shares.
 */
public record ResultTotal(String divisionId, Long validVotes, Long invalidVotes, Long registeredVoters) {
}
