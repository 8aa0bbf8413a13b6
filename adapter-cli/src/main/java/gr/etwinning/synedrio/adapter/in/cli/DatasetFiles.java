package gr.etwinning.synedrio.adapter.in.cli;

import gr.etwinning.synedrio.adapter.json.StrictJson;

import gr.etwinning.synedrio.adapter.json.JsonMistakes;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import gr.etwinning.synedrio.domain.DomainException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads JSON files for the command line, refusing bad ones with the file, line and field of the problem. */
final class DatasetFiles {

    static final ObjectMapper MAPPER = StrictJson.strict(new ObjectMapper())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private DatasetFiles() {
    }

    /**
     * The largest file an import reads: 16 MiB. Every import is all or nothing, so a file is checked whole before
     * anything is written, and the command line runs in 256 MiB of heap; 16 MiB is some 80,000 registrations or a
     * programme a hundred times the 2021 one. A larger file is refused, before it is read, with one line saying so
     * (it was an {@code OutOfMemoryError} with a stack trace).
     */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    static <T> T read(Path file, Class<T> type) {
        return parse(decode(readBytes(file), file), file.toString(), type);
    }

    /** A UTF-8 text file (a byte-order mark is dropped), refused with a plain reason when it cannot be read. */
    static String readText(Path file) {
        return decode(readBytes(file), file);
    }

    /** The file's bytes, refused with a plain reason when it cannot be read or is over {@link #MAX_FILE_BYTES}. */
    static byte[] readBytes(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new RefusedException("cannot read " + file + ": it is a directory, not a file");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new RefusedException(file + " is " + mebibytes(size) + "; Synedrio imports files of at most "
                        + mebibytes(MAX_FILE_BYTES) + " (split it and import the parts)");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new RefusedException(file + " grew to " + mebibytes(bytes.length) + " while it was read;"
                        + " Synedrio imports files of at most " + mebibytes(MAX_FILE_BYTES));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new RefusedException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new RefusedException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /**
     * The file to read as a stream, refused like {@link #readBytes} when it is a directory. No size limit: the
     * registrations importer reads its file as it goes, a row at a time, within the command's 256 MiB whatever the
     * file's size (a national edition's million rows are some 150 MiB).
     */
    static java.io.InputStream open(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new RefusedException("cannot read " + file + ": it is a directory, not a file");
            }
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new RefusedException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new RefusedException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String mebibytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    static <T> T readResource(String resource, Class<T> type) {
        try (InputStream in = DatasetFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the build lacks the resource " + resource);
            }
            return parse(decode(in.readAllBytes(), Path.of(resource)), resource, type);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the resource " + resource, e);
        }
    }

    private static String decode(byte[] bytes, Path file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new RefusedException(file + " is not UTF-8 text; save it as UTF-8 and try again");
        }
    }

    static <T> T parse(String text, String source, Class<T> type) {
        try {
            T value = MAPPER.readValue(text, type);
            if (value == null) {
                throw new RefusedException(source + ": the file holds JSON null, not a " + type.getSimpleName());
            }
            return value;
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof DomainException d) {
                throw d;
            }
            throw new RefusedException(source + where(e.getLocation()) + ": at " + path(e) + ": "
                    + e.getCause().getMessage());
        } catch (UnrecognizedPropertyException e) {
            throw new RefusedException(source + where(e.getLocation()) + ": unknown field '" + e.getPropertyName()
                    + "' at " + path(e));
        } catch (JsonMappingException e) {
            throw new RefusedException(source + where(e.getLocation()) + ": wrong value at " + path(e) + ": "
                    + JsonMistakes.describe(e));
        } catch (JsonProcessingException e) {
            throw new RefusedException(source + where(e.getLocation()) + ": not valid JSON: "
                    + gr.etwinning.synedrio.adapter.json.JsonMistakes.parserSays(e.getOriginalMessage()));
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static String path(JsonMappingException e) {
        return JsonMistakes.path(e);
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : ":" + location.getLineNr() + ":" + location.getColumnNr();
    }
}
