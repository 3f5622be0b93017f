package org.observa.persistence.pollingstation;

import java.util.EnumMap;
import java.util.Map;
import org.observa.domain.pollingstation.ChecklistAnswer;
import org.observa.domain.pollingstation.ChecklistQuestion;

/**
 * Checklist answers as three bit sets (YES, NO, NOT_APPLICABLE), one bit per question. The bit of a
 * question is stored data: it is fixed here once and for all, and a new question takes a new bit (the
 * switch does not compile until it has one).
 */
final class ChecklistBits {

    static final int QUESTIONS = ChecklistQuestion.values().length;

    private ChecklistBits() {
    }

    static int bit(ChecklistQuestion question) {
        return switch (question) {
            case VOTER_LIST_PRESENT_AND_USED -> 0;
            case IDENTITY_CHECKED -> 1;
            case INK_CHECKED -> 2;
            case INK_APPLIED -> 3;
            case SECRECY_OF_THE_VOTE -> 4;
            case BALLOT_BOX_SEALED -> 5;
            case UNAUTHORISED_PERSONS_PRESENT -> 6;
            case INTIMIDATION_OBSERVED -> 7;
            case ACCESSIBLE_TO_VOTERS_WITH_DISABILITIES -> 8;
            case PARTY_AGENTS_PRESENT -> 9;
            case DOMESTIC_OBSERVERS_PRESENT -> 10;
            case COUNTING_PROCEDURES_FOLLOWED -> 11;
            case RESULTS_POSTED_PUBLICLY -> 12;
        };
    }

    /** The questions answered {@code answer}, as a bit set. */
    static int answered(Map<ChecklistQuestion, ChecklistAnswer> checklist, ChecklistAnswer answer) {
        int bits = 0;
        for (Map.Entry<ChecklistQuestion, ChecklistAnswer> entry : checklist.entrySet()) {
            if (entry.getValue() == answer) {
                bits |= 1 << bit(entry.getKey());
            }
        }
        return bits;
    }

    static Map<ChecklistQuestion, ChecklistAnswer> checklist(int yes, int no, int notApplicable) {
        Map<ChecklistQuestion, ChecklistAnswer> answers = new EnumMap<>(ChecklistQuestion.class);
        for (ChecklistQuestion question : ChecklistQuestion.values()) {
            int mask = 1 << bit(question);
            if ((yes & mask) != 0) {
                answers.put(question, ChecklistAnswer.YES);
            } else if ((no & mask) != 0) {
                answers.put(question, ChecklistAnswer.NO);
            } else if ((notApplicable & mask) != 0) {
                answers.put(question, ChecklistAnswer.NOT_APPLICABLE);
            }
        }
        return answers;
    }
}
