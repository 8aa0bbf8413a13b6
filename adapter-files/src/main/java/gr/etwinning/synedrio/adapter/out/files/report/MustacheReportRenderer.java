package gr.etwinning.synedrio.adapter.out.files.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import gr.etwinning.synedrio.application.port.out.report.ReportRendererPort;
import gr.etwinning.synedrio.application.report.ReportModel;
import gr.etwinning.synedrio.domain.InvalidValueException;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders the summary report with Mustache templates, read at every call so that an operator's edit shows at once:
 * {@code report.md.mustache} and {@code report.html.mustache} from the templates directory
 * ({@code SYNEDRIO_TEMPLATES}) when it holds them, else the built-in ones (this module's {@code report/}). Mustache
 * is logic-less: the wording of numbers is the model's, the prose the template's. HTML escapes every value; Markdown
 * writes values as they are. A name the model does not have is refused, naming it, instead of printing nothing.
 */
public final class MustacheReportRenderer implements ReportRendererPort {

    private final Path templates;

    /** @param templates a directory whose templates override the built-in ones, or {@code null} */
    public MustacheReportRenderer(Path templates) {
        this.templates = templates;
    }

    /** The file name of a format's template, in the templates directory and among the built-in ones. */
    public static String fileName(Format format) {
        return format == Format.HTML ? "report.html.mustache" : "report.md.mustache";
    }

    /** The text of a built-in template, for operators who want to start from it. */
    public static String builtIn(Format format) {
        String resource = "/report/" + fileName(format);
        try (InputStream in = MustacheReportRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the build lacks the resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String render(ReportModel model, Format format, String template, String templateName) {
        String name;
        String text;
        if (template != null) {
            name = templateName == null ? "the given template" : templateName;
            text = template;
        } else if (templates != null && Files.isRegularFile(templates.resolve(fileName(format)))) {
            Path file = templates.resolve(fileName(format));
            name = file.toString();
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InvalidValueException("template", "cannot read the template " + file + ": "
                        + e.getMessage());
            }
        } else {
            name = "the built-in " + fileName(format);
            text = builtIn(format);
        }
        DefaultMustacheFactory factory = format == Format.HTML ? new DefaultMustacheFactory() : new PlainFactory();
        factory.setObjectHandler(new StrictObjectHandler());
        try {
            Mustache mustache = factory.compile(new StringReader(text), name);
            StringWriter out = new StringWriter();
            mustache.execute(out, model).flush();
            return out.toString();
        } catch (MustacheException e) {
            throw new InvalidValueException("template", "template " + name + ": " + reason(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            if (t.getCause() instanceof UnknownNameException u) {
                return u.getMessage();
            }
            t = t.getCause();
        }
        return e instanceof UnknownNameException ? e.getMessage() : e.getMessage();
    }

    /** Markdown: values are written as they are; only a table cell's bar is escaped, so tables hold. */
    private static final class PlainFactory extends DefaultMustacheFactory {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value.replace("|", "\\|"));
            } catch (IOException e) {
                throw new MustacheException("cannot write the report", e);
            }
        }
    }

    /** Refuses a name that is in no scope (a typo in a template), instead of printing nothing. */
    private static final class StrictObjectHandler extends ReflectionObjectHandler {
        @Override
        protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
            throw new UnknownNameException("the report has no field '" + name + "' (see docs/report.md)");
        }
    }

    private static final class UnknownNameException extends MustacheException {
        UnknownNameException(String message) {
            super(message);
        }
    }
}
