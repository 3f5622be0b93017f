package org.observa.api.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;

/** A CSV document turned into an import bundle: the rows of one kind of record, in one election. */
public interface CsvImport {

    ObjectNode bundle(InputStream csv, String electionId);
}
