package org.observa.domain.registry;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** A snapshot compared with the one before it: every figure that both give, and how it moved. */
public record SnapshotChange(UUID previousSnapshotId, LocalDate previousReferenceDate,
                             Map<RegistryFigure, FigureChange> figures) {

    public SnapshotChange {
        figures = Map.copyOf(figures);
    }

    public static SnapshotChange between(RegistrySnapshot previous, RegistrySnapshot current) {
        Map<RegistryFigure, FigureChange> changes = new EnumMap<>(RegistryFigure.class);
        for (RegistryFigure figure : RegistryFigure.values()) {
            FigureChange change = FigureChange.between(figure.of(previous.figures()), figure.of(current.figures()));
            if (change != null) {
                changes.put(figure, change);
            }
        }
        return new SnapshotChange(previous.id(), previous.referenceDate(), changes);
    }

    /** The change of one figure; null when either snapshot lacks it. */
    public FigureChange of(RegistryFigure figure) {
        return figures.get(figure);
    }
}
