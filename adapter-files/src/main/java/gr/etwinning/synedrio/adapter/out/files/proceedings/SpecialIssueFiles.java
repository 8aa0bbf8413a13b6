package gr.etwinning.synedrio.adapter.out.files.proceedings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gr.etwinning.synedrio.adapter.out.files.csv.CsvWriter;
import gr.etwinning.synedrio.application.port.out.proceedings.SpecialIssueWriterPort;
import gr.etwinning.synedrio.application.port.out.proceedings.VolumeRendererPort.Author;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The e-journal's special issue files: {@code metadata.csv} (UTF-8 with a BOM, comma-separated, one paper a line,
 * authors, schools and keywords separated by "; "), {@code metadata.json} (the same as objects), or a ZIP holding
 * both and the papers' PDFs under {@code papers/ID.pdf}, each copied as it is read.
 */
public final class SpecialIssueFiles implements SpecialIssueWriterPort {

    static final List<String> COLUMNS = List.of("id", "session", "title", "authors", "schools", "keywords",
            "abstract", "file", "missing");

    @Override
    public void write(SpecialIssue issue, Format format, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> csv(issue, out);
            case JSON -> json(issue, out);
            case ZIP -> zip(issue, out);
        }
    }

    private static void csv(SpecialIssue issue, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(nonClosing(out), StandardCharsets.UTF_8);
        CsvWriter csv = new CsvWriter(w, CsvWriter.Style.plain()).byteOrderMark();
        csv.write(COLUMNS);
        for (Article a : issue.articles()) {
            csv.write(java.util.Arrays.asList(a.id(), a.session(), a.title(),
                    String.join("; ", a.authors().stream().map(Author::name).toList()),
                    String.join("; ", a.authors().stream().map(Author::school).filter(Objects::nonNull).distinct()
                            .toList()),
                    String.join("; ", a.keywords()), a.abstractText(), a.fileName(), a.missing()));
        }
        w.flush();
    }

    private static void json(SpecialIssue issue, OutputStream out) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("edition", issue.edition());
        root.put("conference", issue.conference());
        root.put("proceedingsIsbn", issue.volumeIsbn());
        ArrayNode articles = root.putArray("articles");
        for (Article a : issue.articles()) {
            ObjectNode o = articles.addObject();
            o.put("id", a.id());
            o.put("session", a.session());
            o.put("title", a.title());
            ArrayNode authors = o.putArray("authors");
            for (Author au : a.authors()) {
                authors.addObject().put("name", au.name()).put("school", au.school());
            }
            ArrayNode keywords = o.putArray("keywords");
            a.keywords().forEach(keywords::add);
            o.put("abstract", a.abstractText());
            o.put("file", a.fileName());
            ArrayNode missing = o.putArray("missing");
            if (a.missing() != null) {
                for (String m : a.missing().split(", ")) {
                    missing.add(m);
                }
            }
        }
        mapper.writeValue(nonClosing(out), root);
    }

    private static void zip(SpecialIssue issue, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(nonClosing(out), StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("metadata.csv"));
        csv(issue, zip);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("metadata.json"));
        json(issue, zip);
        zip.closeEntry();
        List<String> written = new ArrayList<>();
        for (Article a : issue.articles()) {
            if (a.file() == null || written.contains(a.fileName())) {
                continue;
            }
            zip.putNextEntry(new ZipEntry(a.fileName()));
            try (InputStream in = a.file().open()) {
                in.transferTo(zip);
            }
            zip.closeEntry();
            written.add(a.fileName());
        }
        zip.finish();
    }

    /** The stream, its close() a flush: the caller owns it. */
    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
