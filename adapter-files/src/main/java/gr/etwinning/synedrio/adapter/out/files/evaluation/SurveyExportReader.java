package gr.etwinning.synedrio.adapter.out.files.evaluation;

import gr.etwinning.synedrio.adapter.out.files.csv.CsvFormatException;
import gr.etwinning.synedrio.adapter.out.files.csv.CsvReader;
import gr.etwinning.synedrio.adapter.out.files.csv.CsvRecord;
import gr.etwinning.synedrio.application.port.out.evaluation.SurveyExportPort;
import gr.etwinning.synedrio.domain.InvalidValueException;
import gr.etwinning.synedrio.domain.evaluation.SurveyFormat;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads Google Forms' CSV ("Download responses (.csv)", or the responses sheet downloaded as CSV), Microsoft Forms'
 * Excel export ("Open in Excel") with fastexcel-reader, and Microsoft Forms' export re-saved as CSV. CSV goes
 * through the project's one {@link CsvReader} (encodings, separators, quoted fields with {@code ;} and line
 * breaks); the workbook's first sheet is streamed row by row. Either way a response's submission time must be
 * there and look like a date and a time, or the file is refused naming the line and column.
 */
public final class SurveyExportReader implements SurveyExportPort {

    /** A date (day, month, year in any order the locale chooses) and a time: "2022/06/22 11:07:29 AM AST". */
    private static final Pattern DATE_TIME = Pattern.compile(".*\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,4}.*"
            + "\\d{1,2}[:.]\\d{2}.*");

    @Override
    public SurveyFormat read(InputStream content, String fileName, SurveyFormat format, Sink sink) {
        BufferedInputStream in = new BufferedInputStream(content);
        boolean zip = isZip(in);
        if (format == SurveyFormat.MS_FORMS_XLSX || format == SurveyFormat.AUTO && zip) {
            if (!zip) {
                throw new InvalidValueException("file", fileName + " is not an Excel workbook (.xlsx)");
            }
            return readWorkbook(in, fileName, format, sink);
        }
        if (zip || fileName.toLowerCase(Locale.ROOT).endsWith(".xls")) {
            throw new InvalidValueException("file", fileName + " is a workbook, not a CSV file; read it as"
                    + " --format ms-forms-xlsx (an old .xls must be saved as .xlsx first)");
        }
        return readCsv(in, format, sink);
    }

    private static boolean isZip(BufferedInputStream in) {
        try {
            in.mark(8);
            byte[] head = in.readNBytes(4);
            in.reset();
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the file: " + e.getMessage(), e);
        }
    }

    private static SurveyFormat readCsv(InputStream in, SurveyFormat format, Sink sink) {
        try (CsvReader csv = CsvReader.open(in)) {
            CsvRecord first = csv.next();
            if (first == null) {
                throw new InvalidValueException("file", "the file is empty");
            }
            checkText(first.fields(), first.line());
            SurveyHeader header = SurveyHeader.of(first.fields(), format, true);
            sink.questions(header.texts(), header.fileColumns());
            int width = first.size();
            int responses = 0;
            for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
                checkWidth(r, width);
                checkText(r.fields(), r.line());
                List<String> answers = new ArrayList<>(header.questions().size());
                for (int q : header.questions()) {
                    answers.add(r.field(q));
                }
                responses++;
                sink.response(new SurveyRow(r.line(), submitted(r.field(header.timeColumn()), r.line(),
                        header.timeColumn()), header.emailColumn() < 0 ? null : r.field(header.emailColumn()),
                        answers));
            }
            requireResponses(responses);
            return header.format();
        } catch (CsvFormatException e) {
            throw new InvalidValueException("line " + e.line(), e.getMessage());
        }
    }

    private static SurveyFormat readWorkbook(InputStream in, String fileName, SurveyFormat format, Sink sink) {
        try (ReadableWorkbook book = new ReadableWorkbook(in); Stream<Row> rows = book.getFirstSheet().openStream()) {
            Iterator<Row> it = rows.iterator();
            if (!it.hasNext()) {
                throw new InvalidValueException("file", fileName + ": the first sheet is empty");
            }
            Row first = it.next();
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < first.getCellCount(); i++) {
                cells.add(text(first.getCell(i)));
            }
            checkText(cells, first.getRowNum());
            SurveyHeader header = SurveyHeader.of(cells, format, false);
            sink.questions(header.texts(), header.fileColumns());
            int responses = 0;
            while (it.hasNext()) {
                Row row = it.next();
                if (isBlank(row)) {
                    continue;
                }
                List<String> answers = new ArrayList<>(header.questions().size());
                for (int q : header.questions()) {
                    answers.add(q < row.getCellCount() ? text(row.getCell(q)) : "");
                }
                checkText(answers, row.getRowNum());
                responses++;
                Cell time = header.timeColumn() < row.getCellCount() ? row.getCell(header.timeColumn()) : null;
                String submitted = time != null && time.getType() == CellType.NUMBER
                        ? date(time, row.getRowNum(), header.timeColumn())
                        : submitted(time == null ? "" : text(time), row.getRowNum(), header.timeColumn());
                sink.response(new SurveyRow(row.getRowNum(), submitted, header.emailColumn() < 0
                        || header.emailColumn() >= row.getCellCount() ? null : text(row.getCell(
                        header.emailColumn())), answers));
            }
            requireResponses(responses);
            return header.format();
        } catch (IOException | ExcelReaderException e) {
            throw new InvalidValueException("file", fileName + " cannot be read as an Excel workbook: "
                    + e.getMessage());
        }
    }

    /**
     * Every response has the header's columns: the tools write them all, so a shorter line is a file cut short
     * (fields left empty at the end, as spreadsheets pad, are allowed).
     */
    private static void checkWidth(CsvRecord r, int width) {
        if (r.size() < width) {
            throw new InvalidValueException("line " + r.line(), "line " + r.line() + " has " + r.size()
                    + " columns, the header " + width + ": the file seems cut short or not written by the survey"
                    + " tool");
        }
        for (int i = width; i < r.size(); i++) {
            if (!r.field(i).isBlank()) {
                throw new InvalidValueException("line " + r.line(), "line " + r.line() + ", column " + (i + 1)
                        + ": a value beyond the header's " + width + " columns");
            }
        }
    }

    /** No NUL or other control character (a line break and a tab are text): binary or a broken encoding. */
    private static void checkText(List<String> cells, int line) {
        for (int c = 0; c < cells.size(); c++) {
            String v = cells.get(c);
            for (int i = 0; i < v.length(); i++) {
                char ch = v.charAt(i);
                if (Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t') {
                    throw new InvalidValueException("line " + line, "line " + line + ", column " + (c + 1)
                            + ": a control character (code " + (int) ch + "); is this the survey's export?");
                }
            }
        }
    }

    private static void requireResponses(int responses) {
        if (responses == 0) {
            throw new InvalidValueException("file", "the export has its header but no responses");
        }
    }

    private static boolean isBlank(Row row) {
        for (int i = 0; i < row.getCellCount(); i++) {
            if (!text(row.getCell(i)).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A cell as text: numbers without a trailing ".0", dates as ISO, nothing for an empty cell. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal n = cell.asNumber();
            return n.stripTrailingZeros().toPlainString();
        }
        String t = cell.getText();
        return t == null ? "" : t;
    }

    private static String date(Cell cell, int line, int column) {
        try {
            LocalDateTime t = cell.asDate();
            return t.toString();
        } catch (RuntimeException e) {
            throw notATime(cell.getText(), line, column);
        }
    }

    private static String submitted(String value, int line, int column) {
        String v = value.strip();
        if (v.isEmpty() || v.length() > 40 || !DATE_TIME.matcher(v).matches()) {
            throw notATime(v, line, column);
        }
        return v;
    }

    private static InvalidValueException notATime(String value, int line, int column) {
        return new InvalidValueException("line " + line, "line " + line + ", column " + (column + 1) + ": '"
                + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "' is not the time of a response"
                + " (a date and a time, as the form wrote it)");
    }
}
