package org.observa.domain.party;

/** What kind of campaign event observers saw. */
public enum CampaignEventKind {
    RALLY,
    DISTRIBUTION_OF_GOODS,
    DOOR_TO_DOOR,
    MEDIA_EVENT,
    OTHER
}
