package org.observa.domain.recommendation;

/** One addressee of a recommendation: its kind and, when the report names it, its name ("Government of Japan"). */
public record Addressee(AddresseeKind kind, String name) {
}
