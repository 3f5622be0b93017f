package org.observa.domain.party;

/** A concern observers recorded about a campaign event; an observation names each concern once. */
public enum CampaignConcern {
    VOTE_BUYING_RISK,
    USE_OF_STATE_RESOURCES,
    INTIMIDATION,
    HATE_SPEECH,
    MISUSE_OF_RELIGIOUS_OR_TRADITIONAL_AUTHORITY,
    OTHER
}
