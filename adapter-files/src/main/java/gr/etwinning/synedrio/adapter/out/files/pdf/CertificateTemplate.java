package gr.etwinning.synedrio.adapter.out.files.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The operator's certificate template: texts from {@code certificate.properties} (UTF-8) and optional
 * {@code logo.png|jpg} and {@code signature.png|jpg}, from a directory ({@code SYNEDRIO_CERTIFICATE_TEMPLATE}), each
 * text falling back to the built-in one. Read when the renderer is made: a command reads it anew, {@code serve} at
 * start. No rebuild needed.
 */
public final class CertificateTemplate {

    private static final String DEFAULTS = "/certificate/certificate.properties";

    private final Properties texts;
    private final byte[] logo;
    private final byte[] signature;

    private CertificateTemplate(Properties texts, byte[] logo, byte[] signature) {
        this.texts = texts;
        this.logo = logo;
        this.signature = signature;
    }

    /** The built-in template. */
    public static CertificateTemplate builtIn() {
        return new CertificateTemplate(defaults(), null, null);
    }

    /** The template of that directory (null: the built-in one); a missing directory is an error. */
    public static CertificateTemplate from(Path directory) {
        if (directory == null) {
            return builtIn();
        }
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("the certificate template directory " + directory + " does not exist");
        }
        Properties p = new Properties(defaults());
        Path file = directory.resolve("certificate.properties");
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return new CertificateTemplate(p, image(directory, "logo"), image(directory, "signature"));
    }

    private static Properties defaults() {
        Properties p = new Properties();
        try (InputStream in = CertificateTemplate.class.getResourceAsStream(DEFAULTS);
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static byte[] image(Path directory, String name) {
        for (String ext : new String[] {".png", ".jpg", ".jpeg"}) {
            Path f = directory.resolve(name + ext);
            if (Files.isRegularFile(f)) {
                try {
                    return Files.readAllBytes(f);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
                }
            }
        }
        return null;
    }

    /** The text of the key with its placeholders filled in. */
    String text(String key, Map<String, String> values) {
        String t = texts.getProperty(key, "");
        for (Map.Entry<String, String> e : values.entrySet()) {
            t = t.replace("{" + e.getKey() + "}", e.getValue() == null ? "" : e.getValue());
        }
        return t.strip();
    }

    byte[] logo() {
        return logo;
    }

    byte[] signature() {
        return signature;
    }
}
