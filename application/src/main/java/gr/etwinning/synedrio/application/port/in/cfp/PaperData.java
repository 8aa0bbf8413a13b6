package gr.etwinning.synedrio.application.port.in.cfp;

import java.time.Instant;

/** An uploaded full text: its type as found in its bytes, size, SHA-256 (hex), when. No file name is kept. */
public record PaperData(String contentType, long bytes, String sha256, Instant uploadedAt) {
}
